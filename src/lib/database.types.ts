// Generated from the migrated database by `npm run gen:types`. Do not edit by hand.

export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  public: {
    Tables: {
      acceptances: {
        Row: {
          id: string
          engagement_id: string
          decision: Database['public']['Enums']['acceptance_decision']
          note: string | null
          decided_by: string | null
          decided_at: string
          created_at: string
        }
        Insert: {
          id?: string
          engagement_id: string
          decision: Database['public']['Enums']['acceptance_decision']
          note?: string | null
          decided_by?: string | null
          decided_at?: string
          created_at?: string
        }
        Update: {
          id?: string
          engagement_id?: string
          decision?: Database['public']['Enums']['acceptance_decision']
          note?: string | null
          decided_by?: string | null
          decided_at?: string
          created_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'acceptances_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
        ]
      }
      change_requests: {
        Row: {
          id: string
          engagement_id: string
          title: string
          description: string
          status: Database['public']['Enums']['change_request_status']
          submitted_by: string | null
          submitted_at: string
          extra_price_vnd: number | null
          extra_days: number | null
          quote_note: string | null
          quoted_by: string | null
          quoted_at: string | null
          decided_by: string | null
          decided_at: string | null
          decision_reason: string | null
          payment_id: string | null
          completed_by: string | null
          completed_at: string | null
          created_at: string
          updated_at: string
        }
        Insert: {
          id?: string
          engagement_id: string
          title: string
          description: string
          status?: Database['public']['Enums']['change_request_status']
          submitted_by?: string | null
          submitted_at?: string
          extra_price_vnd?: number | null
          extra_days?: number | null
          quote_note?: string | null
          quoted_by?: string | null
          quoted_at?: string | null
          decided_by?: string | null
          decided_at?: string | null
          decision_reason?: string | null
          payment_id?: string | null
          completed_by?: string | null
          completed_at?: string | null
          created_at?: string
          updated_at?: string
        }
        Update: {
          id?: string
          engagement_id?: string
          title?: string
          description?: string
          status?: Database['public']['Enums']['change_request_status']
          submitted_by?: string | null
          submitted_at?: string
          extra_price_vnd?: number | null
          extra_days?: number | null
          quote_note?: string | null
          quoted_by?: string | null
          quoted_at?: string | null
          decided_by?: string | null
          decided_at?: string | null
          decision_reason?: string | null
          payment_id?: string | null
          completed_by?: string | null
          completed_at?: string | null
          created_at?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'change_requests_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'change_requests_payment_id_fkey'
            columns: ['payment_id']
            isOneToOne: false
            referencedRelation: 'payments'
            referencedColumns: ['id']
          },
        ]
      }
      client_members: {
        Row: {
          client_id: string
          user_id: string
          role: Database['public']['Enums']['client_member_role']
          full_name: string
          email: string
          created_at: string
          updated_at: string
        }
        Insert: {
          client_id: string
          user_id: string
          role?: Database['public']['Enums']['client_member_role']
          full_name: string
          email: string
          created_at?: string
          updated_at?: string
        }
        Update: {
          client_id?: string
          user_id?: string
          role?: Database['public']['Enums']['client_member_role']
          full_name?: string
          email?: string
          created_at?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'client_members_client_id_fkey'
            columns: ['client_id']
            isOneToOne: false
            referencedRelation: 'clients'
            referencedColumns: ['id']
          },
        ]
      }
      clients: {
        Row: {
          id: string
          name: string
          tax_code: string | null
          address: string | null
          contact_email: string | null
          contact_phone: string | null
          created_at: string
          updated_at: string
        }
        Insert: {
          id?: string
          name: string
          tax_code?: string | null
          address?: string | null
          contact_email?: string | null
          contact_phone?: string | null
          created_at?: string
          updated_at?: string
        }
        Update: {
          id?: string
          name?: string
          tax_code?: string | null
          address?: string | null
          contact_email?: string | null
          contact_phone?: string | null
          created_at?: string
          updated_at?: string
        }
        Relationships: []
      }
      document_access_log: {
        Row: {
          id: number
          document_id: string
          engagement_id: string
          visibility: Database['public']['Enums']['document_visibility']
          action: Database['public']['Enums']['document_access_action']
          storage_path: string
          actor_id: string | null
          created_at: string
        }
        Insert: {
          id?: number
          document_id: string
          engagement_id: string
          visibility: Database['public']['Enums']['document_visibility']
          action: Database['public']['Enums']['document_access_action']
          storage_path: string
          actor_id?: string | null
          created_at?: string
        }
        Update: {
          id?: number
          document_id?: string
          engagement_id?: string
          visibility?: Database['public']['Enums']['document_visibility']
          action?: Database['public']['Enums']['document_access_action']
          storage_path?: string
          actor_id?: string | null
          created_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'document_access_log_document_id_fkey'
            columns: ['document_id']
            isOneToOne: false
            referencedRelation: 'documents'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'document_access_log_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
        ]
      }
      documents: {
        Row: {
          id: string
          engagement_id: string
          name: string
          visibility: Database['public']['Enums']['document_visibility']
          storage_path: string
          mime_type: string
          size_bytes: number
          is_deliverable: boolean
          uploaded_by: string | null
          deleted_at: string | null
          deleted_by: string | null
          created_at: string
          updated_at: string
        }
        Insert: {
          id?: string
          engagement_id: string
          name: string
          visibility: Database['public']['Enums']['document_visibility']
          storage_path: string
          mime_type: string
          size_bytes: number
          is_deliverable?: boolean
          uploaded_by?: string | null
          deleted_at?: string | null
          deleted_by?: string | null
          created_at?: string
          updated_at?: string
        }
        Update: {
          id?: string
          engagement_id?: string
          name?: string
          visibility?: Database['public']['Enums']['document_visibility']
          storage_path?: string
          mime_type?: string
          size_bytes?: number
          is_deliverable?: boolean
          uploaded_by?: string | null
          deleted_at?: string | null
          deleted_by?: string | null
          created_at?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'documents_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
        ]
      }
      engagement_events: {
        Row: {
          id: number
          engagement_id: string
          actor_id: string | null
          kind: string
          from_step: Database['public']['Enums']['engagement_step'] | null
          to_step: Database['public']['Enums']['engagement_step'] | null
          note: string | null
          payload: Json
          visible_to_client: boolean
          created_at: string
        }
        Insert: {
          id?: number
          engagement_id: string
          actor_id?: string | null
          kind: string
          from_step?: Database['public']['Enums']['engagement_step'] | null
          to_step?: Database['public']['Enums']['engagement_step'] | null
          note?: string | null
          payload?: Json
          visible_to_client?: boolean
          created_at?: string
        }
        Update: {
          id?: number
          engagement_id?: string
          actor_id?: string | null
          kind?: string
          from_step?: Database['public']['Enums']['engagement_step'] | null
          to_step?: Database['public']['Enums']['engagement_step'] | null
          note?: string | null
          payload?: Json
          visible_to_client?: boolean
          created_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'engagement_events_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
        ]
      }
      engagements: {
        Row: {
          id: string
          code: string
          client_id: string
          account_manager_id: string | null
          title: string
          description: string
          step: Database['public']['Enums']['engagement_step']
          state: Database['public']['Enums']['engagement_state']
          state_reason: string | null
          version: number
          step_entered_at: string
          package_id: string | null
          agreed_price_vnd: number | null
          accepted_quote_id: string | null
          warranty_starts_at: string | null
          warranty_ends_at: string | null
          whose_move: Database['public']['Enums']['engagement_party']
          whose_move_reason: string
          whose_move_since: string
          provider_wait_seconds: number
          client_wait_seconds: number
          created_by: string | null
          created_at: string
          updated_at: string
        }
        Insert: {
          id?: string
          code: string
          client_id: string
          account_manager_id?: string | null
          title: string
          description?: string
          step?: Database['public']['Enums']['engagement_step']
          state?: Database['public']['Enums']['engagement_state']
          state_reason?: string | null
          version?: number
          step_entered_at?: string
          package_id?: string | null
          agreed_price_vnd?: number | null
          accepted_quote_id?: string | null
          warranty_starts_at?: string | null
          warranty_ends_at?: string | null
          whose_move?: Database['public']['Enums']['engagement_party']
          whose_move_reason?: string
          whose_move_since?: string
          provider_wait_seconds?: number
          client_wait_seconds?: number
          created_by?: string | null
          created_at?: string
          updated_at?: string
        }
        Update: {
          id?: string
          code?: string
          client_id?: string
          account_manager_id?: string | null
          title?: string
          description?: string
          step?: Database['public']['Enums']['engagement_step']
          state?: Database['public']['Enums']['engagement_state']
          state_reason?: string | null
          version?: number
          step_entered_at?: string
          package_id?: string | null
          agreed_price_vnd?: number | null
          accepted_quote_id?: string | null
          warranty_starts_at?: string | null
          warranty_ends_at?: string | null
          whose_move?: Database['public']['Enums']['engagement_party']
          whose_move_reason?: string
          whose_move_since?: string
          provider_wait_seconds?: number
          client_wait_seconds?: number
          created_by?: string | null
          created_at?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'engagements_accepted_quote_id_fkey'
            columns: ['accepted_quote_id']
            isOneToOne: false
            referencedRelation: 'quotes'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'engagements_account_manager_id_fkey'
            columns: ['account_manager_id']
            isOneToOne: false
            referencedRelation: 'staff'
            referencedColumns: ['user_id']
          },
          {
            foreignKeyName: 'engagements_client_id_fkey'
            columns: ['client_id']
            isOneToOne: false
            referencedRelation: 'clients'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'engagements_package_id_fkey'
            columns: ['package_id']
            isOneToOne: false
            referencedRelation: 'service_packages'
            referencedColumns: ['id']
          },
        ]
      }
      milestones: {
        Row: {
          id: string
          engagement_id: string
          quote_id: string | null
          position: number
          title: string
          responsible: Database['public']['Enums']['engagement_party']
          due_date: string | null
          status: Database['public']['Enums']['milestone_status']
          done_at: string | null
          done_by: string | null
          done_note: string | null
          created_at: string
          updated_at: string
        }
        Insert: {
          id?: string
          engagement_id: string
          quote_id?: string | null
          position?: number
          title: string
          responsible?: Database['public']['Enums']['engagement_party']
          due_date?: string | null
          status?: Database['public']['Enums']['milestone_status']
          done_at?: string | null
          done_by?: string | null
          done_note?: string | null
          created_at?: string
          updated_at?: string
        }
        Update: {
          id?: string
          engagement_id?: string
          quote_id?: string | null
          position?: number
          title?: string
          responsible?: Database['public']['Enums']['engagement_party']
          due_date?: string | null
          status?: Database['public']['Enums']['milestone_status']
          done_at?: string | null
          done_by?: string | null
          done_note?: string | null
          created_at?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'milestones_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'milestones_quote_id_fkey'
            columns: ['quote_id']
            isOneToOne: false
            referencedRelation: 'quotes'
            referencedColumns: ['id']
          },
        ]
      }
      payments: {
        Row: {
          id: string
          engagement_id: string
          kind: Database['public']['Enums']['payment_kind']
          label: string
          amount_vnd: number
          due_before_start: boolean
          due_date: string | null
          status: Database['public']['Enums']['payment_status']
          quote_id: string | null
          change_request_id: string | null
          proof_document_id: string | null
          proof_note: string | null
          submitted_at: string | null
          submitted_by: string | null
          confirmed_at: string | null
          confirmed_by: string | null
          rejected_at: string | null
          rejected_by: string | null
          rejection_reason: string | null
          created_at: string
          updated_at: string
        }
        Insert: {
          id?: string
          engagement_id: string
          kind?: Database['public']['Enums']['payment_kind']
          label: string
          amount_vnd: number
          due_before_start?: boolean
          due_date?: string | null
          status?: Database['public']['Enums']['payment_status']
          quote_id?: string | null
          change_request_id?: string | null
          proof_document_id?: string | null
          proof_note?: string | null
          submitted_at?: string | null
          submitted_by?: string | null
          confirmed_at?: string | null
          confirmed_by?: string | null
          rejected_at?: string | null
          rejected_by?: string | null
          rejection_reason?: string | null
          created_at?: string
          updated_at?: string
        }
        Update: {
          id?: string
          engagement_id?: string
          kind?: Database['public']['Enums']['payment_kind']
          label?: string
          amount_vnd?: number
          due_before_start?: boolean
          due_date?: string | null
          status?: Database['public']['Enums']['payment_status']
          quote_id?: string | null
          change_request_id?: string | null
          proof_document_id?: string | null
          proof_note?: string | null
          submitted_at?: string | null
          submitted_by?: string | null
          confirmed_at?: string | null
          confirmed_by?: string | null
          rejected_at?: string | null
          rejected_by?: string | null
          rejection_reason?: string | null
          created_at?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'payments_change_request_id_fkey'
            columns: ['change_request_id']
            isOneToOne: false
            referencedRelation: 'change_requests'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'payments_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'payments_proof_document_id_fkey'
            columns: ['proof_document_id']
            isOneToOne: false
            referencedRelation: 'documents'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'payments_quote_id_fkey'
            columns: ['quote_id']
            isOneToOne: false
            referencedRelation: 'quotes'
            referencedColumns: ['id']
          },
        ]
      }
      quotes: {
        Row: {
          id: string
          engagement_id: string
          package_id: string
          price_vnd: number
          scope: string
          milestones: Json
          payment_schedule: Json
          status: Database['public']['Enums']['quote_status']
          sent_at: string | null
          sent_by: string | null
          decided_at: string | null
          decided_by: string | null
          decline_reason: string | null
          created_by: string | null
          created_at: string
          updated_at: string
        }
        Insert: {
          id?: string
          engagement_id: string
          package_id: string
          price_vnd: number
          scope: string
          milestones?: Json
          payment_schedule?: Json
          status?: Database['public']['Enums']['quote_status']
          sent_at?: string | null
          sent_by?: string | null
          decided_at?: string | null
          decided_by?: string | null
          decline_reason?: string | null
          created_by?: string | null
          created_at?: string
          updated_at?: string
        }
        Update: {
          id?: string
          engagement_id?: string
          package_id?: string
          price_vnd?: number
          scope?: string
          milestones?: Json
          payment_schedule?: Json
          status?: Database['public']['Enums']['quote_status']
          sent_at?: string | null
          sent_by?: string | null
          decided_at?: string | null
          decided_by?: string | null
          decline_reason?: string | null
          created_by?: string | null
          created_at?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'quotes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: true
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'quotes_package_id_fkey'
            columns: ['package_id']
            isOneToOne: false
            referencedRelation: 'service_packages'
            referencedColumns: ['id']
          },
        ]
      }
      requirements: {
        Row: {
          id: string
          engagement_id: string
          title: string
          description: string
          status: Database['public']['Enums']['requirement_status']
          requested_by: string | null
          requested_at: string
          response: string | null
          provided_by: string | null
          provided_at: string | null
          confirmed_by: string | null
          confirmed_at: string | null
          created_at: string
          updated_at: string
        }
        Insert: {
          id?: string
          engagement_id: string
          title: string
          description?: string
          status?: Database['public']['Enums']['requirement_status']
          requested_by?: string | null
          requested_at?: string
          response?: string | null
          provided_by?: string | null
          provided_at?: string | null
          confirmed_by?: string | null
          confirmed_at?: string | null
          created_at?: string
          updated_at?: string
        }
        Update: {
          id?: string
          engagement_id?: string
          title?: string
          description?: string
          status?: Database['public']['Enums']['requirement_status']
          requested_by?: string | null
          requested_at?: string
          response?: string | null
          provided_by?: string | null
          provided_at?: string | null
          confirmed_by?: string | null
          confirmed_at?: string | null
          created_at?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'requirements_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
        ]
      }
      service_packages: {
        Row: {
          id: string
          code: string
          name: string
          description: string
          price_vnd: number
          warranty_months: number
          active: boolean
          created_at: string
          updated_at: string
        }
        Insert: {
          id?: string
          code: string
          name: string
          description?: string
          price_vnd: number
          warranty_months?: number
          active?: boolean
          created_at?: string
          updated_at?: string
        }
        Update: {
          id?: string
          code?: string
          name?: string
          description?: string
          price_vnd?: number
          warranty_months?: number
          active?: boolean
          created_at?: string
          updated_at?: string
        }
        Relationships: []
      }
      staff: {
        Row: {
          user_id: string
          role: Database['public']['Enums']['staff_role']
          full_name: string
          email: string
          phone: string | null
          active: boolean
          created_at: string
          updated_at: string
        }
        Insert: {
          user_id: string
          role: Database['public']['Enums']['staff_role']
          full_name: string
          email: string
          phone?: string | null
          active?: boolean
          created_at?: string
          updated_at?: string
        }
        Update: {
          user_id?: string
          role?: Database['public']['Enums']['staff_role']
          full_name?: string
          email?: string
          phone?: string | null
          active?: boolean
          created_at?: string
          updated_at?: string
        }
        Relationships: []
      }
      warranty_claims: {
        Row: {
          id: string
          engagement_id: string
          title: string
          description: string
          status: Database['public']['Enums']['warranty_claim_status']
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          priority: Database['public']['Enums']['warranty_priority']
          assigned_to: string | null
          opened_by: string | null
          opened_at: string
          triaged_by: string | null
          triaged_at: string | null
          triage_note: string | null
          response_due_at: string
          resolution_due_at: string
          client_question: string | null
          waiting_on_client_since: string | null
          client_wait_seconds: number
          resolved_by: string | null
          resolved_at: string | null
          resolution: string | null
          confirmed_by: string | null
          confirmed_at: string | null
          reopened_count: number
          change_request_id: string | null
          created_at: string
          updated_at: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
        }
        Insert: {
          id?: string
          engagement_id: string
          title: string
          description: string
          status?: Database['public']['Enums']['warranty_claim_status']
          coverage?: Database['public']['Enums']['warranty_coverage'] | null
          priority?: Database['public']['Enums']['warranty_priority']
          assigned_to?: string | null
          opened_by?: string | null
          opened_at?: string
          triaged_by?: string | null
          triaged_at?: string | null
          triage_note?: string | null
          response_due_at: string
          resolution_due_at: string
          client_question?: string | null
          waiting_on_client_since?: string | null
          client_wait_seconds?: number
          resolved_by?: string | null
          resolved_at?: string | null
          resolution?: string | null
          confirmed_by?: string | null
          confirmed_at?: string | null
          reopened_count?: number
          change_request_id?: string | null
          created_at?: string
          updated_at?: string
          escalated_at?: string | null
          escalated_by?: string | null
          escalation_count?: number
        }
        Update: {
          id?: string
          engagement_id?: string
          title?: string
          description?: string
          status?: Database['public']['Enums']['warranty_claim_status']
          coverage?: Database['public']['Enums']['warranty_coverage'] | null
          priority?: Database['public']['Enums']['warranty_priority']
          assigned_to?: string | null
          opened_by?: string | null
          opened_at?: string
          triaged_by?: string | null
          triaged_at?: string | null
          triage_note?: string | null
          response_due_at?: string
          resolution_due_at?: string
          client_question?: string | null
          waiting_on_client_since?: string | null
          client_wait_seconds?: number
          resolved_by?: string | null
          resolved_at?: string | null
          resolution?: string | null
          confirmed_by?: string | null
          confirmed_at?: string | null
          reopened_count?: number
          change_request_id?: string | null
          created_at?: string
          updated_at?: string
          escalated_at?: string | null
          escalated_by?: string | null
          escalation_count?: number
        }
        Relationships: [
          {
            foreignKeyName: 'warranty_claims_assigned_to_fkey'
            columns: ['assigned_to']
            isOneToOne: false
            referencedRelation: 'staff'
            referencedColumns: ['user_id']
          },
          {
            foreignKeyName: 'warranty_claims_change_request_id_fkey'
            columns: ['change_request_id']
            isOneToOne: false
            referencedRelation: 'change_requests'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'warranty_claims_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
        ]
      }
    }
    Views: {
      account_manager_contacts: {
        Row: {
          user_id: string | null
          full_name: string | null
          email: string | null
        }
        Relationships: []
      }
      engagement_board: {
        Row: {
          id: string | null
          code: string | null
          title: string | null
          step: Database['public']['Enums']['engagement_step'] | null
          state: Database['public']['Enums']['engagement_state'] | null
          version: number | null
          step_entered_at: string | null
          created_at: string | null
          updated_at: string | null
          client_id: string | null
          client_name: string | null
          account_manager_id: string | null
          account_manager_name: string | null
          package_id: string | null
          agreed_price_vnd: number | null
          warranty_starts_at: string | null
          warranty_ends_at: string | null
          whose_move: Database['public']['Enums']['engagement_party'] | null
          whose_move_reason: string | null
          whose_move_since: string | null
          provider_waiting_seconds: number | null
          client_waiting_seconds: number | null
        }
        Relationships: []
      }
      engagement_whose_move: {
        Row: {
          engagement_id: string | null
          whose_move: Database['public']['Enums']['engagement_party'] | null
          reason: string | null
          whose_move_since: string | null
          provider_waiting_seconds: number | null
          client_waiting_seconds: number | null
        }
        Relationships: []
      }
      warranty_claim_sla: {
        Row: {
          id: string | null
          engagement_id: string | null
          engagement_code: string | null
          engagement_title: string | null
          client_id: string | null
          client_name: string | null
          account_manager_id: string | null
          title: string | null
          description: string | null
          status: Database['public']['Enums']['warranty_claim_status'] | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          priority: Database['public']['Enums']['warranty_priority'] | null
          assigned_to: string | null
          assignee_name: string | null
          opened_at: string | null
          triaged_at: string | null
          resolved_at: string | null
          resolution: string | null
          client_question: string | null
          response_due_at: string | null
          resolution_due_at: string | null
          next_due_at: string | null
          at_risk_from: string | null
          paused: boolean | null
          paused_since: string | null
          paused_seconds: number | null
          response_breached: boolean | null
          resolution_breached: boolean | null
          sla_status: string | null
          escalation_count: number | null
          escalated_at: string | null
          change_request_id: string | null
          updated_at: string | null
        }
        Relationships: []
      }
    }
    Functions: {
      approve_change_request: {
        Args: { change_request_id: string }
        Returns: Database['public']['Tables']['change_requests']['Row']
      }
      assign_account_manager: {
        Args: { engagement_id: string; account_manager_id: string; expected_version?: number }
        Returns: Database['public']['Tables']['engagements']['Row']
      }
      assign_warranty_claim: {
        Args: { claim_id: string; assigned_to: string }
        Returns: Database['public']['Tables']['warranty_claims']['Row']
      }
      assign_warranty_claims: {
        Args: { claim_ids: string[]; assigned_to: string }
        Returns: Database['public']['Tables']['warranty_claims']['Row'][]
      }
      board_cards: {
        Args: {
          states?: Database['public']['Enums']['engagement_state'][]
          client_id?: string
          account_manager_id?: string
          whose_move?: Database['public']['Enums']['engagement_party']
          search?: string
          step?: Database['public']['Enums']['engagement_step']
          after_step_entered_at?: string
          after_id?: string
          page_size?: number
        }
        Returns: {
          id: string
          code: string
          title: string
          step: Database['public']['Enums']['engagement_step']
          state: Database['public']['Enums']['engagement_state']
          version: number
          step_entered_at: string
          client_id: string
          client_name: string
          account_manager_id: string
          account_manager_name: string
          agreed_price_vnd: number
          whose_move: Database['public']['Enums']['engagement_party']
          whose_move_reason: string
          provider_waiting_seconds: number
          client_waiting_seconds: number
          column_count: number
          column_total_vnd: number
        }[]
      }
      board_filter_options: {
        Args: { states?: Database['public']['Enums']['engagement_state'][] }
        Returns: { kind: string; value: string; label: string }[]
      }
      change_engagement_state: {
        Args: {
          engagement_id: string
          to_state: Database['public']['Enums']['engagement_state']
          reason: string
          expected_version?: number
        }
        Returns: Database['public']['Tables']['engagements']['Row']
      }
      complete_change_request: {
        Args: { change_request_id: string; note?: string }
        Returns: Database['public']['Tables']['change_requests']['Row']
      }
      confirm_payment: {
        Args: { payment_id: string }
        Returns: Database['public']['Tables']['payments']['Row']
      }
      confirm_requirement: {
        Args: { requirement_id: string }
        Returns: Database['public']['Tables']['requirements']['Row']
      }
      confirm_warranty_claim: {
        Args: { claim_id: string }
        Returns: Database['public']['Tables']['warranty_claims']['Row']
      }
      create_engagement: {
        Args: { client_id: string; title: string; description?: string; account_manager_id?: string }
        Returns: Database['public']['Tables']['engagements']['Row']
      }
      decline_quote: {
        Args: { quote_id: string; reason: string }
        Returns: Database['public']['Tables']['quotes']['Row']
      }
      delete_document: { Args: { document_id: string }; Returns: string }
      escalate_warranty_claim: {
        Args: { claim_id: string; reason: string }
        Returns: Database['public']['Tables']['warranty_claims']['Row']
      }
      log_document_access: { Args: { document_id: string }; Returns: string }
      mark_milestone_done: {
        Args: { milestone_id: string; note?: string }
        Returns: Database['public']['Tables']['milestones']['Row']
      }
      open_warranty_claim: {
        Args: { engagement_id: string; title: string; description: string }
        Returns: Database['public']['Tables']['warranty_claims']['Row']
      }
      oversight_change_requests_waiting: {
        Args: Record<PropertyKey, never>
        Returns: {
          waiting_on: Database['public']['Enums']['engagement_party']
          status: Database['public']['Enums']['change_request_status']
          requests: number
          value_vnd: number
        }[]
      }
      oversight_overdue_payments: {
        Args: Record<PropertyKey, never>
        Returns: {
          payment_id: string
          engagement_id: string
          engagement_code: string
          client_name: string
          label: string
          amount_vnd: number
          due_date: string
          days_overdue: number
          status: Database['public']['Enums']['payment_status']
        }[]
      }
      oversight_sla_breaches: {
        Args: { days?: number }
        Returns: { day: string; response_breaches: number; resolution_breaches: number }[]
      }
      oversight_steps: {
        Args: Record<PropertyKey, never>
        Returns: {
          step: Database['public']['Enums']['engagement_step']
          engagements: number
          value_vnd: number
          median_provider_wait_seconds: number
          median_client_wait_seconds: number
        }[]
      }
      oversight_warranties_ending: {
        Args: { days?: number }
        Returns: {
          engagement_id: string
          engagement_code: string
          engagement_title: string
          client_name: string
          account_manager_name: string
          warranty_ends_at: string
          open_claims: number
        }[]
      }
      oversight_warranty_summary: {
        Args: Record<PropertyKey, never>
        Returns: {
          open_claims: number
          unassigned: number
          on_track: number
          at_risk: number
          breached: number
          waiting_on_client: number
          resolved_last_30_days: number
          resolved_within_sla_last_30_days: number
        }[]
      }
      provide_claim_information: {
        Args: { claim_id: string; answer: string }
        Returns: Database['public']['Tables']['warranty_claims']['Row']
      }
      provide_requirement: {
        Args: { requirement_id: string; response: string }
        Returns: Database['public']['Tables']['requirements']['Row']
      }
      quote_change_request: {
        Args: { change_request_id: string; extra_price_vnd: number; extra_days: number; note?: string }
        Returns: Database['public']['Tables']['change_requests']['Row']
      }
      register_document_upload: {
        Args: {
          engagement_id: string
          name: string
          visibility: Database['public']['Enums']['document_visibility']
          mime_type: string
          size_bytes: number
          is_deliverable?: boolean
        }
        Returns: Database['public']['Tables']['documents']['Row']
      }
      reject_change_request: {
        Args: { change_request_id: string; reason: string }
        Returns: Database['public']['Tables']['change_requests']['Row']
      }
      reject_payment: {
        Args: { payment_id: string; reason: string }
        Returns: Database['public']['Tables']['payments']['Row']
      }
      reopen_warranty_claim: {
        Args: { claim_id: string; reason: string }
        Returns: Database['public']['Tables']['warranty_claims']['Row']
      }
      request_claim_information: {
        Args: { claim_id: string; question: string }
        Returns: Database['public']['Tables']['warranty_claims']['Row']
      }
      request_requirement: {
        Args: { engagement_id: string; title: string; description?: string }
        Returns: Database['public']['Tables']['requirements']['Row']
      }
      resolve_warranty_claim: {
        Args: { claim_id: string; resolution: string }
        Returns: Database['public']['Tables']['warranty_claims']['Row']
      }
      send_quote: {
        Args: {
          engagement_id: string
          package_id: string
          price_vnd: number
          scope: string
          milestones: Json
          payment_schedule?: Json
          draft?: boolean
          expected_version?: number
        }
        Returns: Database['public']['Tables']['quotes']['Row']
      }
      submit_change_request: {
        Args: { engagement_id: string; title: string; description: string }
        Returns: Database['public']['Tables']['change_requests']['Row']
      }
      submit_payment_proof: {
        Args: { payment_id: string; proof_document_id?: string; note?: string }
        Returns: Database['public']['Tables']['payments']['Row']
      }
      transition_engagement: {
        Args: {
          engagement_id: string
          to_step: Database['public']['Enums']['engagement_step']
          expected_version: number
          note?: string
        }
        Returns: Database['public']['Tables']['engagements']['Row']
      }
      triage_warranty_claim: {
        Args: {
          claim_id: string
          coverage: Database['public']['Enums']['warranty_coverage']
          priority: Database['public']['Enums']['warranty_priority']
          assigned_to?: string
          note?: string
        }
        Returns: Database['public']['Tables']['warranty_claims']['Row']
      }
      warranty_assignee_suggestions: {
        Args: { claim_ids: string[] }
        Returns: {
          user_id: string
          full_name: string
          role: Database['public']['Enums']['staff_role']
          open_claims: number
          suggested: boolean
        }[]
      }
      warranty_queue: {
        Args: {
          status?: Database['public']['Enums']['warranty_claim_status']
          priority?: Database['public']['Enums']['warranty_priority']
          coverage?: Database['public']['Enums']['warranty_coverage']
          assigned_to?: string
          client_id?: string
          breached_only?: boolean
        }
        Returns: Database['public']['Views']['warranty_claim_sla']['Row'][]
      }
    }
    Enums: {
      acceptance_decision: 'accepted' | 'rejected'
      change_request_status: 'submitted' | 'quoted' | 'approved' | 'rejected' | 'done'
      client_member_role: 'approver' | 'member'
      document_access_action: 'upload' | 'signed_link' | 'delete'
      document_visibility: 'confidential' | 'shared' | 'internal'
      engagement_party: 'provider' | 'client' | 'none'
      engagement_state: 'active' | 'on_hold' | 'cancelled' | 'closed'
      engagement_step:
        'request' | 'agreement' | 'payment' | 'implementation' | 'completion' | 'acceptance' | 'warranty'
      milestone_status: 'open' | 'done'
      payment_kind: 'installment' | 'change_request'
      payment_status: 'due' | 'submitted' | 'confirmed' | 'rejected'
      quote_status: 'draft' | 'sent' | 'accepted' | 'declined' | 'superseded'
      requirement_status: 'requested' | 'provided' | 'confirmed'
      staff_role: 'account_manager' | 'manager' | 'admin'
      warranty_claim_status:
        'open' | 'in_progress' | 'waiting_on_client' | 'resolved' | 'closed' | 'declined' | 'converted'
      warranty_coverage: 'in_warranty' | 'out_of_warranty' | 'change_request'
      warranty_priority: 'critical' | 'high' | 'normal' | 'low'
    }
    CompositeTypes: {
      [_ in never]: never
    }
  }
}

type PublicSchema = Database['public']
export type Tables<Name extends keyof PublicSchema['Tables']> = PublicSchema['Tables'][Name]['Row']
export type TablesInsert<Name extends keyof PublicSchema['Tables']> = PublicSchema['Tables'][Name]['Insert']
export type TablesUpdate<Name extends keyof PublicSchema['Tables']> = PublicSchema['Tables'][Name]['Update']
export type Views<Name extends keyof PublicSchema['Views']> = PublicSchema['Views'][Name]['Row']
export type Enums<Name extends keyof PublicSchema['Enums']> = PublicSchema['Enums'][Name]

export const Constants = {
  public: {
    Enums: {
      acceptance_decision: ['accepted', 'rejected'],
      change_request_status: ['submitted', 'quoted', 'approved', 'rejected', 'done'],
      client_member_role: ['approver', 'member'],
      document_access_action: ['upload', 'signed_link', 'delete'],
      document_visibility: ['confidential', 'shared', 'internal'],
      engagement_party: ['provider', 'client', 'none'],
      engagement_state: ['active', 'on_hold', 'cancelled', 'closed'],
      engagement_step: [
        'request',
        'agreement',
        'payment',
        'implementation',
        'completion',
        'acceptance',
        'warranty',
      ],
      milestone_status: ['open', 'done'],
      payment_kind: ['installment', 'change_request'],
      payment_status: ['due', 'submitted', 'confirmed', 'rejected'],
      quote_status: ['draft', 'sent', 'accepted', 'declined', 'superseded'],
      requirement_status: ['requested', 'provided', 'confirmed'],
      staff_role: ['account_manager', 'manager', 'admin'],
      warranty_claim_status: [
        'open',
        'in_progress',
        'waiting_on_client',
        'resolved',
        'closed',
        'declined',
        'converted',
      ],
      warranty_coverage: ['in_warranty', 'out_of_warranty', 'change_request'],
      warranty_priority: ['critical', 'high', 'normal', 'low'],
    },
  },
} as const
