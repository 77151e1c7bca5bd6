// Generated from the migrated database by `npm run gen:types`. Do not edit by hand.

export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  public: {
    Tables: {
      acceptances: {
        Row: {
          created_at: string
          decided_at: string
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decision: Database['public']['Enums']['acceptance_decision']
          engagement_id: string
          id: string
          minutes_document_id: string | null
          minutes_sha256: string | null
          note: string | null
        }
        Insert: {
          created_at?: string
          decided_at?: string
          decided_by?: string | null
          decided_from?: string | null
          decided_user_agent?: string | null
          decision: Database['public']['Enums']['acceptance_decision']
          engagement_id: string
          id?: string
          minutes_document_id?: string | null
          minutes_sha256?: string | null
          note?: string | null
        }
        Update: {
          created_at?: string
          decided_at?: string
          decided_by?: string | null
          decided_from?: string | null
          decided_user_agent?: string | null
          decision?: Database['public']['Enums']['acceptance_decision']
          engagement_id?: string
          id?: string
          minutes_document_id?: string | null
          minutes_sha256?: string | null
          note?: string | null
        }
        Relationships: [
          {
            foreignKeyName: 'acceptances_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'acceptances_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'acceptances_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'acceptances_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'acceptances_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'acceptances_minutes_document_id_fkey'
            columns: ['minutes_document_id']
            isOneToOne: false
            referencedRelation: 'documents'
            referencedColumns: ['id']
          },
        ]
      }
      admin_audit_log: {
        Row: {
          action: string
          actor_id: string | null
          actor_name: string | null
          after: Json | null
          before: Json | null
          created_at: string
          id: number
          record_id: string
          table_name: string
        }
        Insert: {
          action: string
          actor_id?: string | null
          actor_name?: string | null
          after?: Json | null
          before?: Json | null
          created_at?: string
          id?: never
          record_id: string
          table_name: string
        }
        Update: {
          action?: string
          actor_id?: string | null
          actor_name?: string | null
          after?: Json | null
          before?: Json | null
          created_at?: string
          id?: never
          record_id?: string
          table_name?: string
        }
        Relationships: []
      }
      change_requests: {
        Row: {
          completed_at: string | null
          completed_by: string | null
          created_at: string
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decision_reason: string | null
          description: string
          engagement_id: string
          extra_days: number | null
          extra_price_vnd: number | null
          id: string
          pay_before_work: boolean
          payment_id: string | null
          quote_note: string | null
          quoted_at: string | null
          quoted_by: string | null
          status: Database['public']['Enums']['change_request_status']
          submitted_at: string
          submitted_by: string | null
          title: string
          updated_at: string
          version: number
        }
        Insert: {
          completed_at?: string | null
          completed_by?: string | null
          created_at?: string
          decided_at?: string | null
          decided_by?: string | null
          decided_from?: string | null
          decided_user_agent?: string | null
          decision_reason?: string | null
          description: string
          engagement_id: string
          extra_days?: number | null
          extra_price_vnd?: number | null
          id?: string
          pay_before_work?: boolean
          payment_id?: string | null
          quote_note?: string | null
          quoted_at?: string | null
          quoted_by?: string | null
          status?: Database['public']['Enums']['change_request_status']
          submitted_at?: string
          submitted_by?: string | null
          title: string
          updated_at?: string
          version?: number
        }
        Update: {
          completed_at?: string | null
          completed_by?: string | null
          created_at?: string
          decided_at?: string | null
          decided_by?: string | null
          decided_from?: string | null
          decided_user_agent?: string | null
          decision_reason?: string | null
          description?: string
          engagement_id?: string
          extra_days?: number | null
          extra_price_vnd?: number | null
          id?: string
          pay_before_work?: boolean
          payment_id?: string | null
          quote_note?: string | null
          quoted_at?: string | null
          quoted_by?: string | null
          status?: Database['public']['Enums']['change_request_status']
          submitted_at?: string
          submitted_by?: string | null
          title?: string
          updated_at?: string
          version?: number
        }
        Relationships: [
          {
            foreignKeyName: 'change_requests_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'change_requests_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'change_requests_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'change_requests_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'change_requests_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
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
          active: boolean
          client_id: string
          created_at: string
          email: string
          full_name: string
          phone: string | null
          role: Database['public']['Enums']['client_member_role']
          updated_at: string
          user_id: string
        }
        Insert: {
          active?: boolean
          client_id: string
          created_at?: string
          email: string
          full_name: string
          phone?: string | null
          role?: Database['public']['Enums']['client_member_role']
          updated_at?: string
          user_id: string
        }
        Update: {
          active?: boolean
          client_id?: string
          created_at?: string
          email?: string
          full_name?: string
          phone?: string | null
          role?: Database['public']['Enums']['client_member_role']
          updated_at?: string
          user_id?: string
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
          address: string | null
          archived_at: string | null
          contact_email: string | null
          contact_phone: string | null
          created_at: string
          default_account_manager_id: string | null
          id: string
          name: string
          tax_code: string | null
          updated_at: string
        }
        Insert: {
          address?: string | null
          archived_at?: string | null
          contact_email?: string | null
          contact_phone?: string | null
          created_at?: string
          default_account_manager_id?: string | null
          id?: string
          name: string
          tax_code?: string | null
          updated_at?: string
        }
        Update: {
          address?: string | null
          archived_at?: string | null
          contact_email?: string | null
          contact_phone?: string | null
          created_at?: string
          default_account_manager_id?: string | null
          id?: string
          name?: string
          tax_code?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'clients_default_account_manager_id_fkey'
            columns: ['default_account_manager_id']
            isOneToOne: false
            referencedRelation: 'staff'
            referencedColumns: ['user_id']
          },
        ]
      }
      company_settings: {
        Row: {
          address: string
          bank_account_name: string
          bank_account_number: string
          bank_bin: string
          bank_name: string
          email: string
          id: boolean
          legal_name: string
          phone: string
          tax_code: string
          updated_at: string
          updated_by: string | null
          vat_rate_percent: number
        }
        Insert: {
          address?: string
          bank_account_name?: string
          bank_account_number?: string
          bank_bin?: string
          bank_name?: string
          email?: string
          id?: boolean
          legal_name: string
          phone?: string
          tax_code?: string
          updated_at?: string
          updated_by?: string | null
          vat_rate_percent?: number
        }
        Update: {
          address?: string
          bank_account_name?: string
          bank_account_number?: string
          bank_bin?: string
          bank_name?: string
          email?: string
          id?: boolean
          legal_name?: string
          phone?: string
          tax_code?: string
          updated_at?: string
          updated_by?: string | null
          vat_rate_percent?: number
        }
        Relationships: []
      }
      document_access_log: {
        Row: {
          action: Database['public']['Enums']['document_access_action']
          actor_id: string | null
          created_at: string
          document_id: string
          engagement_id: string
          id: number
          storage_path: string
          visibility: Database['public']['Enums']['document_visibility']
        }
        Insert: {
          action: Database['public']['Enums']['document_access_action']
          actor_id?: string | null
          created_at?: string
          document_id: string
          engagement_id: string
          id?: never
          storage_path: string
          visibility: Database['public']['Enums']['document_visibility']
        }
        Update: {
          action?: Database['public']['Enums']['document_access_action']
          actor_id?: string | null
          created_at?: string
          document_id?: string
          engagement_id?: string
          id?: never
          storage_path?: string
          visibility?: Database['public']['Enums']['document_visibility']
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
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'document_access_log_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'document_access_log_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'document_access_log_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'document_access_log_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
      documents: {
        Row: {
          created_at: string
          deleted_at: string | null
          deleted_by: string | null
          engagement_id: string
          id: string
          is_deliverable: boolean
          mime_type: string
          name: string
          purged_at: string | null
          size_bytes: number
          storage_path: string
          updated_at: string
          uploaded_by: string | null
          visibility: Database['public']['Enums']['document_visibility']
        }
        Insert: {
          created_at?: string
          deleted_at?: string | null
          deleted_by?: string | null
          engagement_id: string
          id?: string
          is_deliverable?: boolean
          mime_type: string
          name: string
          purged_at?: string | null
          size_bytes: number
          storage_path: string
          updated_at?: string
          uploaded_by?: string | null
          visibility: Database['public']['Enums']['document_visibility']
        }
        Update: {
          created_at?: string
          deleted_at?: string | null
          deleted_by?: string | null
          engagement_id?: string
          id?: string
          is_deliverable?: boolean
          mime_type?: string
          name?: string
          purged_at?: string | null
          size_bytes?: number
          storage_path?: string
          updated_at?: string
          uploaded_by?: string | null
          visibility?: Database['public']['Enums']['document_visibility']
        }
        Relationships: [
          {
            foreignKeyName: 'documents_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'documents_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'documents_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'documents_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'documents_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
      engagement_events: {
        Row: {
          actor_id: string | null
          created_at: string
          engagement_id: string
          from_step: Database['public']['Enums']['engagement_step'] | null
          id: number
          kind: string
          note: string | null
          payload: NonNullable<Json>
          to_step: Database['public']['Enums']['engagement_step'] | null
          visible_to_client: boolean
        }
        Insert: {
          actor_id?: string | null
          created_at?: string
          engagement_id: string
          from_step?: Database['public']['Enums']['engagement_step'] | null
          id?: never
          kind: string
          note?: string | null
          payload?: NonNullable<Json>
          to_step?: Database['public']['Enums']['engagement_step'] | null
          visible_to_client?: boolean
        }
        Update: {
          actor_id?: string | null
          created_at?: string
          engagement_id?: string
          from_step?: Database['public']['Enums']['engagement_step'] | null
          id?: never
          kind?: string
          note?: string | null
          payload?: NonNullable<Json>
          to_step?: Database['public']['Enums']['engagement_step'] | null
          visible_to_client?: boolean
        }
        Relationships: [
          {
            foreignKeyName: 'engagement_events_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'engagement_events_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'engagement_events_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'engagement_events_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'engagement_events_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
      engagements: {
        Row: {
          accepted_quote_id: string | null
          account_manager_id: string | null
          agreed_price_vnd: number | null
          client_id: string
          client_wait_seconds: number
          code: string
          created_at: string
          created_by: string | null
          description: string
          id: string
          package_id: string | null
          provider_wait_seconds: number
          request_details: string
          requested_package_id: string | null
          state: Database['public']['Enums']['engagement_state']
          state_reason: string | null
          step: Database['public']['Enums']['engagement_step']
          step_entered_at: string
          title: string
          updated_at: string
          version: number
          warranty_ends_at: string | null
          warranty_starts_at: string | null
          whose_move: Database['public']['Enums']['engagement_party']
          whose_move_reason: string
          whose_move_since: string
        }
        Insert: {
          accepted_quote_id?: string | null
          account_manager_id?: string | null
          agreed_price_vnd?: number | null
          client_id: string
          client_wait_seconds?: number
          code: string
          created_at?: string
          created_by?: string | null
          description?: string
          id?: string
          package_id?: string | null
          provider_wait_seconds?: number
          request_details?: string
          requested_package_id?: string | null
          state?: Database['public']['Enums']['engagement_state']
          state_reason?: string | null
          step?: Database['public']['Enums']['engagement_step']
          step_entered_at?: string
          title: string
          updated_at?: string
          version?: number
          warranty_ends_at?: string | null
          warranty_starts_at?: string | null
          whose_move?: Database['public']['Enums']['engagement_party']
          whose_move_reason?: string
          whose_move_since?: string
        }
        Update: {
          accepted_quote_id?: string | null
          account_manager_id?: string | null
          agreed_price_vnd?: number | null
          client_id?: string
          client_wait_seconds?: number
          code?: string
          created_at?: string
          created_by?: string | null
          description?: string
          id?: string
          package_id?: string | null
          provider_wait_seconds?: number
          request_details?: string
          requested_package_id?: string | null
          state?: Database['public']['Enums']['engagement_state']
          state_reason?: string | null
          step?: Database['public']['Enums']['engagement_step']
          step_entered_at?: string
          title?: string
          updated_at?: string
          version?: number
          warranty_ends_at?: string | null
          warranty_starts_at?: string | null
          whose_move?: Database['public']['Enums']['engagement_party']
          whose_move_reason?: string
          whose_move_since?: string
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
          {
            foreignKeyName: 'engagements_requested_package_id_fkey'
            columns: ['requested_package_id']
            isOneToOne: false
            referencedRelation: 'service_packages'
            referencedColumns: ['id']
          },
        ]
      }
      handover_items: {
        Row: {
          created_at: string
          created_by: string | null
          done_at: string | null
          done_by: string | null
          engagement_id: string
          id: string
          kind: Database['public']['Enums']['handover_item_kind']
          method: string | null
          note: string | null
          received_at: string | null
          received_by: string | null
          required: boolean
          title: string
          training_attendees: string | null
          training_minutes: number | null
          training_on: string | null
          updated_at: string
        }
        Insert: {
          created_at?: string
          created_by?: string | null
          done_at?: string | null
          done_by?: string | null
          engagement_id: string
          id?: string
          kind: Database['public']['Enums']['handover_item_kind']
          method?: string | null
          note?: string | null
          received_at?: string | null
          received_by?: string | null
          required?: boolean
          title: string
          training_attendees?: string | null
          training_minutes?: number | null
          training_on?: string | null
          updated_at?: string
        }
        Update: {
          created_at?: string
          created_by?: string | null
          done_at?: string | null
          done_by?: string | null
          engagement_id?: string
          id?: string
          kind?: Database['public']['Enums']['handover_item_kind']
          method?: string | null
          note?: string | null
          received_at?: string | null
          received_by?: string | null
          required?: boolean
          title?: string
          training_attendees?: string | null
          training_minutes?: number | null
          training_on?: string | null
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'handover_items_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'handover_items_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'handover_items_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'handover_items_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'handover_items_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
      invitations: {
        Row: {
          accepted_at: string | null
          accepted_by: string | null
          client_id: string | null
          created_at: string
          email: string
          expires_at: string
          full_name: string | null
          id: string
          invited_by: string | null
          revoked_at: string | null
          role: string
          side: string
        }
        Insert: {
          accepted_at?: string | null
          accepted_by?: string | null
          client_id?: string | null
          created_at?: string
          email: string
          expires_at?: string
          full_name?: string | null
          id?: string
          invited_by?: string | null
          revoked_at?: string | null
          role: string
          side: string
        }
        Update: {
          accepted_at?: string | null
          accepted_by?: string | null
          client_id?: string | null
          created_at?: string
          email?: string
          expires_at?: string
          full_name?: string | null
          id?: string
          invited_by?: string | null
          revoked_at?: string | null
          role?: string
          side?: string
        }
        Relationships: [
          {
            foreignKeyName: 'invitations_client_id_fkey'
            columns: ['client_id']
            isOneToOne: false
            referencedRelation: 'clients'
            referencedColumns: ['id']
          },
        ]
      }
      licence_assets: {
        Row: {
          cost_vnd: number
          created_at: string
          created_by: string | null
          engagement_id: string
          expires_on: string | null
          holder: Database['public']['Enums']['licence_holder']
          id: string
          kind: Database['public']['Enums']['licence_asset_kind']
          licence: string
          name: string
          source: string
          updated_at: string
        }
        Insert: {
          cost_vnd?: number
          created_at?: string
          created_by?: string | null
          engagement_id: string
          expires_on?: string | null
          holder: Database['public']['Enums']['licence_holder']
          id?: string
          kind: Database['public']['Enums']['licence_asset_kind']
          licence: string
          name: string
          source: string
          updated_at?: string
        }
        Update: {
          cost_vnd?: number
          created_at?: string
          created_by?: string | null
          engagement_id?: string
          expires_on?: string | null
          holder?: Database['public']['Enums']['licence_holder']
          id?: string
          kind?: Database['public']['Enums']['licence_asset_kind']
          licence?: string
          name?: string
          source?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'licence_assets_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'licence_assets_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'licence_assets_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'licence_assets_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'licence_assets_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
      licence_registers: {
        Row: {
          completed_at: string
          completed_by: string
          engagement_id: string
        }
        Insert: {
          completed_at?: string
          completed_by: string
          engagement_id: string
        }
        Update: {
          completed_at?: string
          completed_by?: string
          engagement_id?: string
        }
        Relationships: [
          {
            foreignKeyName: 'licence_registers_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: true
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'licence_registers_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: true
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'licence_registers_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: true
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'licence_registers_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: true
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'licence_registers_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: true
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
      message_revisions: {
        Row: {
          body: string
          created_at: string
          edited_by: string
          message_id: string
          revision: number
        }
        Insert: {
          body: string
          created_at?: string
          edited_by: string
          message_id: string
          revision: number
        }
        Update: {
          body?: string
          created_at?: string
          edited_by?: string
          message_id?: string
          revision?: number
        }
        Relationships: [
          {
            foreignKeyName: 'message_revisions_message_id_fkey'
            columns: ['message_id']
            isOneToOne: false
            referencedRelation: 'messages'
            referencedColumns: ['id']
          },
        ]
      }
      messages: {
        Row: {
          author_id: string
          body: string
          created_at: string
          document_ids: string[]
          edited_at: string | null
          engagement_id: string
          id: string
          internal: boolean
          mentions: string[]
          revision: number
          topic: string
          topic_id: string
        }
        Insert: {
          author_id: string
          body: string
          created_at?: string
          document_ids?: string[]
          edited_at?: string | null
          engagement_id: string
          id?: string
          internal?: boolean
          mentions?: string[]
          revision?: number
          topic: string
          topic_id: string
        }
        Update: {
          author_id?: string
          body?: string
          created_at?: string
          document_ids?: string[]
          edited_at?: string | null
          engagement_id?: string
          id?: string
          internal?: boolean
          mentions?: string[]
          revision?: number
          topic?: string
          topic_id?: string
        }
        Relationships: [
          {
            foreignKeyName: 'messages_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'messages_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'messages_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'messages_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'messages_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
      milestones: {
        Row: {
          change_request_id: string | null
          created_at: string
          done_at: string | null
          done_by: string | null
          done_note: string | null
          due_date: string | null
          engagement_id: string
          id: string
          position: number
          quote_id: string | null
          responsible: Database['public']['Enums']['engagement_party']
          started_at: string | null
          status: Database['public']['Enums']['milestone_status']
          title: string
          updated_at: string
        }
        Insert: {
          change_request_id?: string | null
          created_at?: string
          done_at?: string | null
          done_by?: string | null
          done_note?: string | null
          due_date?: string | null
          engagement_id: string
          id?: string
          position?: number
          quote_id?: string | null
          responsible?: Database['public']['Enums']['engagement_party']
          started_at?: string | null
          status?: Database['public']['Enums']['milestone_status']
          title: string
          updated_at?: string
        }
        Update: {
          change_request_id?: string | null
          created_at?: string
          done_at?: string | null
          done_by?: string | null
          done_note?: string | null
          due_date?: string | null
          engagement_id?: string
          id?: string
          position?: number
          quote_id?: string | null
          responsible?: Database['public']['Enums']['engagement_party']
          started_at?: string | null
          status?: Database['public']['Enums']['milestone_status']
          title?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'milestones_change_request_id_fkey'
            columns: ['change_request_id']
            isOneToOne: false
            referencedRelation: 'change_requests'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'milestones_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'milestones_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'milestones_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'milestones_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'milestones_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
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
      notification_preferences: {
        Row: {
          email: string
          kind: string
          updated_at: string
          user_id: string
        }
        Insert: {
          email: string
          kind: string
          updated_at?: string
          user_id: string
        }
        Update: {
          email?: string
          kind?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: []
      }
      notification_settings: {
        Row: {
          language: string
          updated_at: string
          user_id: string
        }
        Insert: {
          language?: string
          updated_at?: string
          user_id: string
        }
        Update: {
          language?: string
          updated_at?: string
          user_id?: string
        }
        Relationships: []
      }
      notifications: {
        Row: {
          body: string
          created_at: string
          engagement_id: string | null
          id: string
          kind: string
          link: string
          read_at: string | null
          subject: string
          subject_id: string | null
          title: string
          user_id: string
        }
        Insert: {
          body?: string
          created_at?: string
          engagement_id?: string | null
          id?: string
          kind: string
          link: string
          read_at?: string | null
          subject: string
          subject_id?: string | null
          title: string
          user_id: string
        }
        Update: {
          body?: string
          created_at?: string
          engagement_id?: string | null
          id?: string
          kind?: string
          link?: string
          read_at?: string | null
          subject?: string
          subject_id?: string | null
          title?: string
          user_id?: string
        }
        Relationships: [
          {
            foreignKeyName: 'notifications_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'notifications_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'notifications_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'notifications_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'notifications_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
      payments: {
        Row: {
          amount_vnd: number
          change_request_id: string | null
          confirmed_at: string | null
          confirmed_by: string | null
          created_at: string
          due_before_start: boolean
          due_condition: Database['public']['Enums']['payment_due_condition']
          due_date: string | null
          due_on: string | null
          engagement_id: string
          id: string
          kind: Database['public']['Enums']['payment_kind']
          label: string
          label_code: string | null
          proof_document_id: string | null
          proof_note: string | null
          quote_id: string | null
          rejected_at: string | null
          rejected_by: string | null
          rejection_reason: string | null
          status: Database['public']['Enums']['payment_status']
          submitted_at: string | null
          submitted_by: string | null
          transfer_reference: string
          updated_at: string
        }
        Insert: {
          amount_vnd: number
          change_request_id?: string | null
          confirmed_at?: string | null
          confirmed_by?: string | null
          created_at?: string
          due_before_start?: boolean
          due_condition: Database['public']['Enums']['payment_due_condition']
          due_date?: string | null
          due_on?: string | null
          engagement_id: string
          id?: string
          kind?: Database['public']['Enums']['payment_kind']
          label: string
          label_code?: string | null
          proof_document_id?: string | null
          proof_note?: string | null
          quote_id?: string | null
          rejected_at?: string | null
          rejected_by?: string | null
          rejection_reason?: string | null
          status?: Database['public']['Enums']['payment_status']
          submitted_at?: string | null
          submitted_by?: string | null
          transfer_reference: string
          updated_at?: string
        }
        Update: {
          amount_vnd?: number
          change_request_id?: string | null
          confirmed_at?: string | null
          confirmed_by?: string | null
          created_at?: string
          due_before_start?: boolean
          due_condition?: Database['public']['Enums']['payment_due_condition']
          due_date?: string | null
          due_on?: string | null
          engagement_id?: string
          id?: string
          kind?: Database['public']['Enums']['payment_kind']
          label?: string
          label_code?: string | null
          proof_document_id?: string | null
          proof_note?: string | null
          quote_id?: string | null
          rejected_at?: string | null
          rejected_by?: string | null
          rejection_reason?: string | null
          status?: Database['public']['Enums']['payment_status']
          submitted_at?: string | null
          submitted_by?: string | null
          transfer_reference?: string
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
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'payments_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'payments_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'payments_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'payments_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
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
          accepted_document_id: string | null
          accepted_document_sha256: string | null
          created_at: string
          created_by: string | null
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decline_reason: string | null
          engagement_id: string
          id: string
          milestones: NonNullable<Json>
          package_id: string
          payment_schedule: NonNullable<Json>
          price_vnd: number
          scope: string
          sent_at: string | null
          sent_by: string | null
          status: Database['public']['Enums']['quote_status']
          updated_at: string
          version: number
          withdrawal_reason: string | null
          withdrawn_at: string | null
          withdrawn_by: string | null
        }
        Insert: {
          accepted_document_id?: string | null
          accepted_document_sha256?: string | null
          created_at?: string
          created_by?: string | null
          decided_at?: string | null
          decided_by?: string | null
          decided_from?: string | null
          decided_user_agent?: string | null
          decline_reason?: string | null
          engagement_id: string
          id?: string
          milestones?: NonNullable<Json>
          package_id: string
          payment_schedule?: NonNullable<Json>
          price_vnd: number
          scope: string
          sent_at?: string | null
          sent_by?: string | null
          status?: Database['public']['Enums']['quote_status']
          updated_at?: string
          version?: number
          withdrawal_reason?: string | null
          withdrawn_at?: string | null
          withdrawn_by?: string | null
        }
        Update: {
          accepted_document_id?: string | null
          accepted_document_sha256?: string | null
          created_at?: string
          created_by?: string | null
          decided_at?: string | null
          decided_by?: string | null
          decided_from?: string | null
          decided_user_agent?: string | null
          decline_reason?: string | null
          engagement_id?: string
          id?: string
          milestones?: NonNullable<Json>
          package_id?: string
          payment_schedule?: NonNullable<Json>
          price_vnd?: number
          scope?: string
          sent_at?: string | null
          sent_by?: string | null
          status?: Database['public']['Enums']['quote_status']
          updated_at?: string
          version?: number
          withdrawal_reason?: string | null
          withdrawn_at?: string | null
          withdrawn_by?: string | null
        }
        Relationships: [
          {
            foreignKeyName: 'quotes_accepted_document_id_fkey'
            columns: ['accepted_document_id']
            isOneToOne: false
            referencedRelation: 'documents'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'quotes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'quotes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'quotes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'quotes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'quotes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
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
      rejection_fixes: {
        Row: {
          acceptance_id: string
          engagement_id: string
          fixed_at: string
          fixed_by: string
          item: number
        }
        Insert: {
          acceptance_id: string
          engagement_id: string
          fixed_at?: string
          fixed_by: string
          item: number
        }
        Update: {
          acceptance_id?: string
          engagement_id?: string
          fixed_at?: string
          fixed_by?: string
          item?: number
        }
        Relationships: [
          {
            foreignKeyName: 'rejection_fixes_acceptance_id_fkey'
            columns: ['acceptance_id']
            isOneToOne: false
            referencedRelation: 'acceptances'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'rejection_fixes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'rejection_fixes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'rejection_fixes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'rejection_fixes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'rejection_fixes_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
      requirements: {
        Row: {
          confirmed_at: string | null
          confirmed_by: string | null
          created_at: string
          description: string
          engagement_id: string
          id: string
          provided_at: string | null
          provided_by: string | null
          requested_at: string
          requested_by: string | null
          response: string | null
          status: Database['public']['Enums']['requirement_status']
          title: string
          updated_at: string
        }
        Insert: {
          confirmed_at?: string | null
          confirmed_by?: string | null
          created_at?: string
          description?: string
          engagement_id: string
          id?: string
          provided_at?: string | null
          provided_by?: string | null
          requested_at?: string
          requested_by?: string | null
          response?: string | null
          status?: Database['public']['Enums']['requirement_status']
          title: string
          updated_at?: string
        }
        Update: {
          confirmed_at?: string | null
          confirmed_by?: string | null
          created_at?: string
          description?: string
          engagement_id?: string
          id?: string
          provided_at?: string | null
          provided_by?: string | null
          requested_at?: string
          requested_by?: string | null
          response?: string | null
          status?: Database['public']['Enums']['requirement_status']
          title?: string
          updated_at?: string
        }
        Relationships: [
          {
            foreignKeyName: 'requirements_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'requirements_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'requirements_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'requirements_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'requirements_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
      service_packages: {
        Row: {
          active: boolean
          code: string
          created_at: string
          description: string
          id: string
          name: string
          price_vnd: number
          updated_at: string
          warranty_months: number
        }
        Insert: {
          active?: boolean
          code: string
          created_at?: string
          description?: string
          id?: string
          name: string
          price_vnd: number
          updated_at?: string
          warranty_months?: number
        }
        Update: {
          active?: boolean
          code?: string
          created_at?: string
          description?: string
          id?: string
          name?: string
          price_vnd?: number
          updated_at?: string
          warranty_months?: number
        }
        Relationships: []
      }
      staff: {
        Row: {
          active: boolean
          created_at: string
          email: string
          full_name: string
          phone: string | null
          role: Database['public']['Enums']['staff_role']
          updated_at: string
          user_id: string
        }
        Insert: {
          active?: boolean
          created_at?: string
          email: string
          full_name: string
          phone?: string | null
          role: Database['public']['Enums']['staff_role']
          updated_at?: string
          user_id: string
        }
        Update: {
          active?: boolean
          created_at?: string
          email?: string
          full_name?: string
          phone?: string | null
          role?: Database['public']['Enums']['staff_role']
          updated_at?: string
          user_id?: string
        }
        Relationships: []
      }
      warranty_claims: {
        Row: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }
        Insert: {
          assigned_to?: string | null
          change_request_id?: string | null
          client_answer?: string | null
          client_answered_at?: string | null
          client_answered_by?: string | null
          client_question?: string | null
          client_wait_seconds?: number
          confirmed_at?: string | null
          confirmed_by?: string | null
          coverage?: Database['public']['Enums']['warranty_coverage'] | null
          created_at?: string
          description: string
          engagement_id: string
          escalated_at?: string | null
          escalated_by?: string | null
          escalation_count?: number
          id?: string
          opened_at?: string
          opened_by?: string | null
          priority?: Database['public']['Enums']['warranty_priority']
          reopened_count?: number
          resolution?: string | null
          resolution_due_at: string
          resolved_at?: string | null
          resolved_by?: string | null
          response_due_at: string
          status?: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note?: string | null
          triaged_at?: string | null
          triaged_by?: string | null
          updated_at?: string
          waiting_on_client_since?: string | null
        }
        Update: {
          assigned_to?: string | null
          change_request_id?: string | null
          client_answer?: string | null
          client_answered_at?: string | null
          client_answered_by?: string | null
          client_question?: string | null
          client_wait_seconds?: number
          confirmed_at?: string | null
          confirmed_by?: string | null
          coverage?: Database['public']['Enums']['warranty_coverage'] | null
          created_at?: string
          description?: string
          engagement_id?: string
          escalated_at?: string | null
          escalated_by?: string | null
          escalation_count?: number
          id?: string
          opened_at?: string
          opened_by?: string | null
          priority?: Database['public']['Enums']['warranty_priority']
          reopened_count?: number
          resolution?: string | null
          resolution_due_at?: string
          resolved_at?: string | null
          resolved_by?: string | null
          response_due_at?: string
          status?: Database['public']['Enums']['warranty_claim_status']
          title?: string
          triage_note?: string | null
          triaged_at?: string | null
          triaged_by?: string | null
          updated_at?: string
          waiting_on_client_since?: string | null
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
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'warranty_claims_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'warranty_claims_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'warranty_claims_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'warranty_claims_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
    }
    Views: {
      account_manager_contacts: {
        Row: {
          email: string | null
          full_name: string | null
          user_id: string | null
        }
        Relationships: []
      }
      engagement_board: {
        Row: {
          account_manager_id: string | null
          account_manager_name: string | null
          agreed_price_vnd: number | null
          client_id: string | null
          client_name: string | null
          client_waiting_seconds: number | null
          code: string | null
          created_at: string | null
          id: string | null
          package_id: string | null
          provider_waiting_seconds: number | null
          state: Database['public']['Enums']['engagement_state'] | null
          step: Database['public']['Enums']['engagement_step'] | null
          step_entered_at: string | null
          title: string | null
          updated_at: string | null
          version: number | null
          warranty_ends_at: string | null
          warranty_starts_at: string | null
          whose_move: Database['public']['Enums']['engagement_party'] | null
          whose_move_reason: string | null
          whose_move_since: string | null
        }
        Relationships: [
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
      engagement_duties: {
        Row: {
          duty: string | null
          engagement_id: string | null
          evidence: Json | null
          status: string | null
        }
        Relationships: []
      }
      engagement_whose_move: {
        Row: {
          client_waiting_seconds: number | null
          engagement_id: string | null
          provider_waiting_seconds: number | null
          reason: string | null
          whose_move: Database['public']['Enums']['engagement_party'] | null
          whose_move_since: string | null
        }
        Insert: {
          client_waiting_seconds?: never
          engagement_id?: string | null
          provider_waiting_seconds?: never
          reason?: string | null
          whose_move?: Database['public']['Enums']['engagement_party'] | null
          whose_move_since?: string | null
        }
        Update: {
          client_waiting_seconds?: never
          engagement_id?: string | null
          provider_waiting_seconds?: never
          reason?: string | null
          whose_move?: Database['public']['Enums']['engagement_party'] | null
          whose_move_since?: string | null
        }
        Relationships: []
      }
      pending_actions: {
        Row: {
          actor: string | null
          actor_id: string | null
          amount_vnd: number | null
          blocking: boolean | null
          due_at: string | null
          engagement_code: string | null
          engagement_id: string | null
          engagement_title: string | null
          kind: string | null
          note: string | null
          payment_kind: string | null
          payment_label_code: string | null
          side: string | null
          since: string | null
          subject_id: string | null
          subject_title: string | null
        }
        Relationships: []
      }
      warranty_claim_sla: {
        Row: {
          account_manager_id: string | null
          assigned_to: string | null
          assignee_name: string | null
          at_risk_from: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_id: string | null
          client_name: string | null
          client_question: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          description: string | null
          engagement_code: string | null
          engagement_id: string | null
          engagement_title: string | null
          escalated_at: string | null
          escalation_count: number | null
          id: string | null
          next_due_at: string | null
          opened_at: string | null
          paused: boolean | null
          paused_seconds: number | null
          paused_since: string | null
          priority: Database['public']['Enums']['warranty_priority'] | null
          resolution: string | null
          resolution_breached: boolean | null
          resolution_due_at: string | null
          resolved_at: string | null
          response_breached: boolean | null
          response_due_at: string | null
          sla_status: string | null
          status: Database['public']['Enums']['warranty_claim_status'] | null
          title: string | null
          triaged_at: string | null
          updated_at: string | null
        }
        Relationships: [
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
            referencedRelation: 'engagement_board'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'warranty_claims_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_duties'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'warranty_claims_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagement_whose_move'
            referencedColumns: ['engagement_id']
          },
          {
            foreignKeyName: 'warranty_claims_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'engagements'
            referencedColumns: ['id']
          },
          {
            foreignKeyName: 'warranty_claims_engagement_id_fkey'
            columns: ['engagement_id']
            isOneToOne: false
            referencedRelation: 'pending_actions'
            referencedColumns: ['engagement_id']
          },
        ]
      }
    }
    Functions: {
      accept_invitation: {
        Args: { full_name?: string; invitation_id: string }
        Returns: {
          accepted_at: string | null
          accepted_by: string | null
          client_id: string | null
          created_at: string
          email: string
          expires_at: string
          full_name: string | null
          id: string
          invited_by: string | null
          revoked_at: string | null
          role: string
          side: string
        }
        SetofOptions: {
          from: '*'
          to: 'invitations'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      add_change_request_milestone: {
        Args: { change_request_id: string; due_on?: string; title: string }
        Returns: {
          change_request_id: string | null
          created_at: string
          done_at: string | null
          done_by: string | null
          done_note: string | null
          due_date: string | null
          engagement_id: string
          id: string
          position: number
          quote_id: string | null
          responsible: Database['public']['Enums']['engagement_party']
          started_at: string | null
          status: Database['public']['Enums']['milestone_status']
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'milestones'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      add_handover_item: {
        Args: {
          engagement_id: string
          kind: Database['public']['Enums']['handover_item_kind']
          note?: string
          required?: boolean
          title: string
        }
        Returns: {
          created_at: string
          created_by: string | null
          done_at: string | null
          done_by: string | null
          engagement_id: string
          id: string
          kind: Database['public']['Enums']['handover_item_kind']
          method: string | null
          note: string | null
          received_at: string | null
          received_by: string | null
          required: boolean
          title: string
          training_attendees: string | null
          training_minutes: number | null
          training_on: string | null
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'handover_items'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      add_licence_asset: {
        Args: {
          cost_vnd?: number
          engagement_id: string
          expires_on?: string
          holder: Database['public']['Enums']['licence_holder']
          kind: Database['public']['Enums']['licence_asset_kind']
          licence: string
          name: string
          source: string
        }
        Returns: {
          cost_vnd: number
          created_at: string
          created_by: string | null
          engagement_id: string
          expires_on: string | null
          holder: Database['public']['Enums']['licence_holder']
          id: string
          kind: Database['public']['Enums']['licence_asset_kind']
          licence: string
          name: string
          source: string
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'licence_assets'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      approve_change_request: {
        Args: { change_request_id: string; change_request_version?: number; extra_price_vnd?: number }
        Returns: {
          completed_at: string | null
          completed_by: string | null
          created_at: string
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decision_reason: string | null
          description: string
          engagement_id: string
          extra_days: number | null
          extra_price_vnd: number | null
          id: string
          pay_before_work: boolean
          payment_id: string | null
          quote_note: string | null
          quoted_at: string | null
          quoted_by: string | null
          status: Database['public']['Enums']['change_request_status']
          submitted_at: string
          submitted_by: string | null
          title: string
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: '*'
          to: 'change_requests'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      assign_account_manager: {
        Args: { account_manager_id: string; engagement_id: string; expected_version?: number }
        Returns: {
          accepted_quote_id: string | null
          account_manager_id: string | null
          agreed_price_vnd: number | null
          client_id: string
          client_wait_seconds: number
          code: string
          created_at: string
          created_by: string | null
          description: string
          id: string
          package_id: string | null
          provider_wait_seconds: number
          request_details: string
          requested_package_id: string | null
          state: Database['public']['Enums']['engagement_state']
          state_reason: string | null
          step: Database['public']['Enums']['engagement_step']
          step_entered_at: string
          title: string
          updated_at: string
          version: number
          warranty_ends_at: string | null
          warranty_starts_at: string | null
          whose_move: Database['public']['Enums']['engagement_party']
          whose_move_reason: string
          whose_move_since: string
        }
        SetofOptions: {
          from: '*'
          to: 'engagements'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      assign_warranty_claim: {
        Args: { assigned_to: string; claim_id: string }
        Returns: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'warranty_claims'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      assign_warranty_claims: {
        Args: { assigned_to: string; claim_ids: string[] }
        Returns: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }[]
        SetofOptions: {
          from: '*'
          to: 'warranty_claims'
          isOneToOne: false
          isSetofReturn: true
        }
      }
      board_cards: {
        Args: {
          account_manager_id?: string
          after_id?: string
          after_step_entered_at?: string
          client_id?: string
          open_duty?: string
          page_size?: number
          search?: string
          states?: Database['public']['Enums']['engagement_state'][]
          step?: Database['public']['Enums']['engagement_step']
          whose_move?: Database['public']['Enums']['engagement_party']
        }
        Returns: {
          account_manager_id: string
          account_manager_name: string
          agreed_price_vnd: number
          client_id: string
          client_name: string
          client_waiting_seconds: number
          code: string
          column_count: number
          column_total_vnd: number
          id: string
          provider_waiting_seconds: number
          state: Database['public']['Enums']['engagement_state']
          step: Database['public']['Enums']['engagement_step']
          step_entered_at: string
          title: string
          version: number
          whose_move: Database['public']['Enums']['engagement_party']
          whose_move_reason: string
        }[]
      }
      board_filter_options: {
        Args: { states?: Database['public']['Enums']['engagement_state'][] }
        Returns: {
          kind: string
          label: string
          value: string
        }[]
      }
      change_engagement_state: {
        Args: {
          engagement_id: string
          expected_version?: number
          reason: string
          to_state: Database['public']['Enums']['engagement_state']
        }
        Returns: {
          accepted_quote_id: string | null
          account_manager_id: string | null
          agreed_price_vnd: number | null
          client_id: string
          client_wait_seconds: number
          code: string
          created_at: string
          created_by: string | null
          description: string
          id: string
          package_id: string | null
          provider_wait_seconds: number
          request_details: string
          requested_package_id: string | null
          state: Database['public']['Enums']['engagement_state']
          state_reason: string | null
          step: Database['public']['Enums']['engagement_step']
          step_entered_at: string
          title: string
          updated_at: string
          version: number
          warranty_ends_at: string | null
          warranty_starts_at: string | null
          whose_move: Database['public']['Enums']['engagement_party']
          whose_move_reason: string
          whose_move_since: string
        }
        SetofOptions: {
          from: '*'
          to: 'engagements'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      claim_notification_emails: {
        Args: { as_of?: string; lease_seconds?: number; max_rows?: number }
        Returns: {
          digest: boolean
          email: string
          in_doubt: boolean
          items: Json
          language: string
          lease_token: string
          message_token: string
          user_id: string
        }[]
      }
      complete_change_request: {
        Args: { change_request_id: string; note?: string }
        Returns: {
          completed_at: string | null
          completed_by: string | null
          created_at: string
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decision_reason: string | null
          description: string
          engagement_id: string
          extra_days: number | null
          extra_price_vnd: number | null
          id: string
          pay_before_work: boolean
          payment_id: string | null
          quote_note: string | null
          quoted_at: string | null
          quoted_by: string | null
          status: Database['public']['Enums']['change_request_status']
          submitted_at: string
          submitted_by: string | null
          title: string
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: '*'
          to: 'change_requests'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      complete_handover_item: {
        Args: {
          handover_item_id: string
          method?: string
          note?: string
          training_attendees?: string
          training_minutes?: number
          training_on?: string
        }
        Returns: {
          created_at: string
          created_by: string | null
          done_at: string | null
          done_by: string | null
          engagement_id: string
          id: string
          kind: Database['public']['Enums']['handover_item_kind']
          method: string | null
          note: string | null
          received_at: string | null
          received_by: string | null
          required: boolean
          title: string
          training_attendees: string | null
          training_minutes: number | null
          training_on: string | null
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'handover_items'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      complete_licence_register: {
        Args: { engagement_id: string }
        Returns: {
          completed_at: string
          completed_by: string
          engagement_id: string
        }
        SetofOptions: {
          from: '*'
          to: 'licence_registers'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      complete_notification_emails: { Args: { lease_token: string }; Returns: number }
      confirm_handover_item: {
        Args: { handover_item_id: string }
        Returns: {
          created_at: string
          created_by: string | null
          done_at: string | null
          done_by: string | null
          engagement_id: string
          id: string
          kind: Database['public']['Enums']['handover_item_kind']
          method: string | null
          note: string | null
          received_at: string | null
          received_by: string | null
          required: boolean
          title: string
          training_attendees: string | null
          training_minutes: number | null
          training_on: string | null
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'handover_items'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      confirm_payment: {
        Args: { payment_id: string }
        Returns: {
          amount_vnd: number
          change_request_id: string | null
          confirmed_at: string | null
          confirmed_by: string | null
          created_at: string
          due_before_start: boolean
          due_condition: Database['public']['Enums']['payment_due_condition']
          due_date: string | null
          due_on: string | null
          engagement_id: string
          id: string
          kind: Database['public']['Enums']['payment_kind']
          label: string
          label_code: string | null
          proof_document_id: string | null
          proof_note: string | null
          quote_id: string | null
          rejected_at: string | null
          rejected_by: string | null
          rejection_reason: string | null
          status: Database['public']['Enums']['payment_status']
          submitted_at: string | null
          submitted_by: string | null
          transfer_reference: string
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'payments'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      confirm_requirement: {
        Args: { requirement_id: string }
        Returns: {
          confirmed_at: string | null
          confirmed_by: string | null
          created_at: string
          description: string
          engagement_id: string
          id: string
          provided_at: string | null
          provided_by: string | null
          requested_at: string
          requested_by: string | null
          response: string | null
          status: Database['public']['Enums']['requirement_status']
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'requirements'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      confirm_warranty_claim: {
        Args: { claim_id: string }
        Returns: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'warranty_claims'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      conversation_participants: {
        Args: { engagement_id: string }
        Returns: {
          full_name: string
          side: string
          user_id: string
        }[]
      }
      create_engagement: {
        Args: {
          account_manager_id?: string
          client_id: string
          description?: string
          details?: string
          package_id?: string
          title: string
        }
        Returns: {
          accepted_quote_id: string | null
          account_manager_id: string | null
          agreed_price_vnd: number | null
          client_id: string
          client_wait_seconds: number
          code: string
          created_at: string
          created_by: string | null
          description: string
          id: string
          package_id: string | null
          provider_wait_seconds: number
          request_details: string
          requested_package_id: string | null
          state: Database['public']['Enums']['engagement_state']
          state_reason: string | null
          step: Database['public']['Enums']['engagement_step']
          step_entered_at: string
          title: string
          updated_at: string
          version: number
          warranty_ends_at: string | null
          warranty_starts_at: string | null
          whose_move: Database['public']['Enums']['engagement_party']
          whose_move_reason: string
          whose_move_since: string
        }
        SetofOptions: {
          from: '*'
          to: 'engagements'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      decline_quote: {
        Args: { quote_id: string; quote_version?: number; reason: string }
        Returns: {
          accepted_document_id: string | null
          accepted_document_sha256: string | null
          created_at: string
          created_by: string | null
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decline_reason: string | null
          engagement_id: string
          id: string
          milestones: NonNullable<Json>
          package_id: string
          payment_schedule: NonNullable<Json>
          price_vnd: number
          scope: string
          sent_at: string | null
          sent_by: string | null
          status: Database['public']['Enums']['quote_status']
          updated_at: string
          version: number
          withdrawal_reason: string | null
          withdrawn_at: string | null
          withdrawn_by: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'quotes'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      delete_document: { Args: { document_id: string }; Returns: string }
      edit_message: {
        Args: { body: string; message_id: string }
        Returns: {
          author_id: string
          body: string
          created_at: string
          document_ids: string[]
          edited_at: string | null
          engagement_id: string
          id: string
          internal: boolean
          mentions: string[]
          revision: number
          topic: string
          topic_id: string
        }
        SetofOptions: {
          from: '*'
          to: 'messages'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      escalate_warranty_claim: {
        Args: { claim_id: string; reason: string }
        Returns: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'warranty_claims'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      fail_notification_emails: { Args: { error: string; lease_token: string }; Returns: number }
      log_document_access: { Args: { document_id: string }; Returns: string }
      mark_all_notifications_read: {
        Args: Record<PropertyKey, never>
        Returns: {
          body: string
          created_at: string
          engagement_id: string | null
          id: string
          kind: string
          link: string
          read_at: string | null
          subject: string
          subject_id: string | null
          title: string
          user_id: string
        }[]
        SetofOptions: {
          from: '*'
          to: 'notifications'
          isOneToOne: false
          isSetofReturn: true
        }
      }
      mark_milestone_done: {
        Args: { milestone_id: string; note?: string }
        Returns: {
          change_request_id: string | null
          created_at: string
          done_at: string | null
          done_by: string | null
          done_note: string | null
          due_date: string | null
          engagement_id: string
          id: string
          position: number
          quote_id: string | null
          responsible: Database['public']['Enums']['engagement_party']
          started_at: string | null
          status: Database['public']['Enums']['milestone_status']
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'milestones'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      mark_notification_read: {
        Args: { notification_id: string }
        Returns: {
          body: string
          created_at: string
          engagement_id: string | null
          id: string
          kind: string
          link: string
          read_at: string | null
          subject: string
          subject_id: string | null
          title: string
          user_id: string
        }[]
        SetofOptions: {
          from: '*'
          to: 'notifications'
          isOneToOne: false
          isSetofReturn: true
        }
      }
      message_authors: {
        Args: { engagement_id: string }
        Returns: {
          full_name: string
          side: string
          user_id: string
        }[]
      }
      my_profile: {
        Args: Record<PropertyKey, never>
        Returns: {
          email: string
          full_name: string
          phone: string
        }[]
      }
      my_side: {
        Args: Record<PropertyKey, never>
        Returns: {
          client_id: string
          email: string
          full_name: string
          member_role: Database['public']['Enums']['client_member_role']
          staff_role: Database['public']['Enums']['staff_role']
        }[]
      }
      my_tasks: {
        Args: { max_rows?: number }
        Returns: {
          actor: string | null
          actor_id: string | null
          amount_vnd: number | null
          blocking: boolean | null
          due_at: string | null
          engagement_code: string | null
          engagement_id: string | null
          engagement_title: string | null
          kind: string | null
          note: string | null
          payment_kind: string | null
          payment_label_code: string | null
          side: string | null
          since: string | null
          subject_id: string | null
          subject_title: string | null
        }[]
        SetofOptions: {
          from: '*'
          to: 'pending_actions'
          isOneToOne: false
          isSetofReturn: true
        }
      }
      notification_email_status: {
        Args: { notification_ids: string[] }
        Returns: {
          attempts: number
          deliver_after: string
          digest: boolean
          notification_id: string
          sent_at: string
          status: string
        }[]
      }
      open_warranty_claim: {
        Args: { description: string; engagement_id: string; title: string }
        Returns: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'warranty_claims'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      oversight_change_requests_waiting: {
        Args: Record<PropertyKey, never>
        Returns: {
          requests: number
          status: Database['public']['Enums']['change_request_status']
          value_vnd: number
          waiting_on: Database['public']['Enums']['engagement_party']
        }[]
      }
      oversight_duties: {
        Args: Record<PropertyKey, never>
        Returns: {
          c1: string
          c2: string
          c3: string
          c4: string
          c5: string
          c6: string
          client_name: string
          code: string
          engagement_id: string
          p1: string
          p2: string
          p3: string
          p4: string
          p5: string
          p6: string
          p7: string
          title: string
        }[]
      }
      oversight_overdue_payments: {
        Args: Record<PropertyKey, never>
        Returns: {
          amount_vnd: number
          client_name: string
          days_overdue: number
          due_date: string
          engagement_code: string
          engagement_id: string
          kind: Database['public']['Enums']['payment_kind']
          label: string
          label_code: string
          payment_id: string
          status: Database['public']['Enums']['payment_status']
        }[]
      }
      oversight_sla_breaches: {
        Args: { days?: number }
        Returns: {
          day: string
          resolution_breaches: number
          response_breaches: number
        }[]
      }
      oversight_steps: {
        Args: Record<PropertyKey, never>
        Returns: {
          engagements: number
          median_client_wait_seconds: number
          median_provider_wait_seconds: number
          step: Database['public']['Enums']['engagement_step']
          value_vnd: number
        }[]
      }
      oversight_warranties_ending: {
        Args: { days?: number }
        Returns: {
          account_manager_name: string
          client_name: string
          engagement_code: string
          engagement_id: string
          engagement_title: string
          open_claims: number
          warranty_ends_at: string
        }[]
      }
      oversight_warranty_summary: {
        Args: Record<PropertyKey, never>
        Returns: {
          at_risk: number
          breached: number
          on_track: number
          open_claims: number
          resolved_last_30_days: number
          resolved_within_sla_last_30_days: number
          unassigned: number
          waiting_on_client: number
        }[]
      }
      pending_document_purges: {
        Args: { max_rows?: number }
        Returns: {
          document_id: string
          storage_path: string
        }[]
      }
      post_message: {
        Args: {
          body: string
          document_ids?: string[]
          engagement_id: string
          internal?: boolean
          mentions?: string[]
          topic?: string
          topic_id?: string
        }
        Returns: {
          author_id: string
          body: string
          created_at: string
          document_ids: string[]
          edited_at: string | null
          engagement_id: string
          id: string
          internal: boolean
          mentions: string[]
          revision: number
          topic: string
          topic_id: string
        }
        SetofOptions: {
          from: '*'
          to: 'messages'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      provide_claim_information: {
        Args: { answer: string; claim_id: string }
        Returns: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'warranty_claims'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      provide_requirement: {
        Args: { requirement_id: string; response: string }
        Returns: {
          confirmed_at: string | null
          confirmed_by: string | null
          created_at: string
          description: string
          engagement_id: string
          id: string
          provided_at: string | null
          provided_by: string | null
          requested_at: string
          requested_by: string | null
          response: string | null
          status: Database['public']['Enums']['requirement_status']
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'requirements'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      quote_change_request: {
        Args: {
          change_request_id: string
          extra_days: number
          extra_price_vnd: number
          note?: string
          pay_before_work?: boolean
        }
        Returns: {
          completed_at: string | null
          completed_by: string | null
          created_at: string
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decision_reason: string | null
          description: string
          engagement_id: string
          extra_days: number | null
          extra_price_vnd: number | null
          id: string
          pay_before_work: boolean
          payment_id: string | null
          quote_note: string | null
          quoted_at: string | null
          quoted_by: string | null
          status: Database['public']['Enums']['change_request_status']
          submitted_at: string
          submitted_by: string | null
          title: string
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: '*'
          to: 'change_requests'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      record_business_document: {
        Args: {
          document_id: string
          kind: string
          name: string
          object_key: string
          sha256: string
          size_bytes: number
          subject_id: string
        }
        Returns: {
          created_at: string
          deleted_at: string | null
          deleted_by: string | null
          engagement_id: string
          id: string
          is_deliverable: boolean
          mime_type: string
          name: string
          purged_at: string | null
          size_bytes: number
          storage_path: string
          updated_at: string
          uploaded_by: string | null
          visibility: Database['public']['Enums']['document_visibility']
        }
        SetofOptions: {
          from: '*'
          to: 'documents'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      record_document_purge: { Args: { document_id: string }; Returns: string }
      refresh_dated_whose_moves: { Args: Record<PropertyKey, never>; Returns: number }
      register_document_upload: {
        Args: {
          engagement_id: string
          is_deliverable?: boolean
          mime_type: string
          name: string
          size_bytes: number
          visibility: Database['public']['Enums']['document_visibility']
        }
        Returns: {
          created_at: string
          deleted_at: string | null
          deleted_by: string | null
          engagement_id: string
          id: string
          is_deliverable: boolean
          mime_type: string
          name: string
          purged_at: string | null
          size_bytes: number
          storage_path: string
          updated_at: string
          uploaded_by: string | null
          visibility: Database['public']['Enums']['document_visibility']
        }
        SetofOptions: {
          from: '*'
          to: 'documents'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      reject_change_request: {
        Args: { change_request_id: string; reason: string }
        Returns: {
          completed_at: string | null
          completed_by: string | null
          created_at: string
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decision_reason: string | null
          description: string
          engagement_id: string
          extra_days: number | null
          extra_price_vnd: number | null
          id: string
          pay_before_work: boolean
          payment_id: string | null
          quote_note: string | null
          quoted_at: string | null
          quoted_by: string | null
          status: Database['public']['Enums']['change_request_status']
          submitted_at: string
          submitted_by: string | null
          title: string
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: '*'
          to: 'change_requests'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      reject_payment: {
        Args: { payment_id: string; reason: string }
        Returns: {
          amount_vnd: number
          change_request_id: string | null
          confirmed_at: string | null
          confirmed_by: string | null
          created_at: string
          due_before_start: boolean
          due_condition: Database['public']['Enums']['payment_due_condition']
          due_date: string | null
          due_on: string | null
          engagement_id: string
          id: string
          kind: Database['public']['Enums']['payment_kind']
          label: string
          label_code: string | null
          proof_document_id: string | null
          proof_note: string | null
          quote_id: string | null
          rejected_at: string | null
          rejected_by: string | null
          rejection_reason: string | null
          status: Database['public']['Enums']['payment_status']
          submitted_at: string | null
          submitted_by: string | null
          transfer_reference: string
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'payments'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      reopen_warranty_claim: {
        Args: { claim_id: string; reason: string }
        Returns: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'warranty_claims'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      request_claim_information: {
        Args: { claim_id: string; question: string }
        Returns: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'warranty_claims'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      request_requirement: {
        Args: { description?: string; engagement_id: string; title: string }
        Returns: {
          confirmed_at: string | null
          confirmed_by: string | null
          created_at: string
          description: string
          engagement_id: string
          id: string
          provided_at: string | null
          provided_by: string | null
          requested_at: string
          requested_by: string | null
          response: string | null
          status: Database['public']['Enums']['requirement_status']
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'requirements'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      resolve_warranty_claim: {
        Args: { claim_id: string; resolution: string }
        Returns: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'warranty_claims'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      revoke_invitation: {
        Args: { invitation_id: string }
        Returns: {
          accepted_at: string | null
          accepted_by: string | null
          client_id: string | null
          created_at: string
          email: string
          expires_at: string
          full_name: string | null
          id: string
          invited_by: string | null
          revoked_at: string | null
          role: string
          side: string
        }
        SetofOptions: {
          from: '*'
          to: 'invitations'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      send_quote: {
        Args: {
          draft?: boolean
          engagement_id: string
          expected_version?: number
          milestones: Json
          package_id: string
          payment_schedule?: Json
          price_vnd: number
          scope: string
        }
        Returns: {
          accepted_document_id: string | null
          accepted_document_sha256: string | null
          created_at: string
          created_by: string | null
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decline_reason: string | null
          engagement_id: string
          id: string
          milestones: NonNullable<Json>
          package_id: string
          payment_schedule: NonNullable<Json>
          price_vnd: number
          scope: string
          sent_at: string | null
          sent_by: string | null
          status: Database['public']['Enums']['quote_status']
          updated_at: string
          version: number
          withdrawal_reason: string | null
          withdrawn_at: string | null
          withdrawn_by: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'quotes'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      send_reminders: { Args: Record<PropertyKey, never>; Returns: number }
      set_notification_language: {
        Args: { language: string }
        Returns: {
          language: string
          updated_at: string
          user_id: string
        }
        SetofOptions: {
          from: '*'
          to: 'notification_settings'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      set_notification_preference: {
        Args: { email: string; kind: string }
        Returns: {
          email: string
          kind: string
          updated_at: string
          user_id: string
        }
        SetofOptions: {
          from: '*'
          to: 'notification_preferences'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      set_rejection_fix: { Args: { acceptance_id: string; fixed: boolean; item: number }; Returns: number[] }
      start_milestone: {
        Args: { milestone_id: string }
        Returns: {
          change_request_id: string | null
          created_at: string
          done_at: string | null
          done_by: string | null
          done_note: string | null
          due_date: string | null
          engagement_id: string
          id: string
          position: number
          quote_id: string | null
          responsible: Database['public']['Enums']['engagement_party']
          started_at: string | null
          status: Database['public']['Enums']['milestone_status']
          title: string
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'milestones'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      submit_change_request: {
        Args: { description: string; engagement_id: string; title: string }
        Returns: {
          completed_at: string | null
          completed_by: string | null
          created_at: string
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decision_reason: string | null
          description: string
          engagement_id: string
          extra_days: number | null
          extra_price_vnd: number | null
          id: string
          pay_before_work: boolean
          payment_id: string | null
          quote_note: string | null
          quoted_at: string | null
          quoted_by: string | null
          status: Database['public']['Enums']['change_request_status']
          submitted_at: string
          submitted_by: string | null
          title: string
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: '*'
          to: 'change_requests'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      submit_payment_proof: {
        Args: { note?: string; payment_id: string; proof_document_id?: string }
        Returns: {
          amount_vnd: number
          change_request_id: string | null
          confirmed_at: string | null
          confirmed_by: string | null
          created_at: string
          due_before_start: boolean
          due_condition: Database['public']['Enums']['payment_due_condition']
          due_date: string | null
          due_on: string | null
          engagement_id: string
          id: string
          kind: Database['public']['Enums']['payment_kind']
          label: string
          label_code: string | null
          proof_document_id: string | null
          proof_note: string | null
          quote_id: string | null
          rejected_at: string | null
          rejected_by: string | null
          rejection_reason: string | null
          status: Database['public']['Enums']['payment_status']
          submitted_at: string | null
          submitted_by: string | null
          transfer_reference: string
          updated_at: string
        }
        SetofOptions: {
          from: '*'
          to: 'payments'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      transition_engagement: {
        Args: {
          engagement_id: string
          expected_version: number
          note?: string
          quote_id?: string
          quote_version?: number
          to_step: Database['public']['Enums']['engagement_step']
        }
        Returns: {
          accepted_quote_id: string | null
          account_manager_id: string | null
          agreed_price_vnd: number | null
          client_id: string
          client_wait_seconds: number
          code: string
          created_at: string
          created_by: string | null
          description: string
          id: string
          package_id: string | null
          provider_wait_seconds: number
          request_details: string
          requested_package_id: string | null
          state: Database['public']['Enums']['engagement_state']
          state_reason: string | null
          step: Database['public']['Enums']['engagement_step']
          step_entered_at: string
          title: string
          updated_at: string
          version: number
          warranty_ends_at: string | null
          warranty_starts_at: string | null
          whose_move: Database['public']['Enums']['engagement_party']
          whose_move_reason: string
          whose_move_since: string
        }
        SetofOptions: {
          from: '*'
          to: 'engagements'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      triage_warranty_claim: {
        Args: {
          assigned_to?: string
          claim_id: string
          coverage: Database['public']['Enums']['warranty_coverage']
          note?: string
          priority: Database['public']['Enums']['warranty_priority']
        }
        Returns: {
          assigned_to: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_answered_by: string | null
          client_question: string | null
          client_wait_seconds: number
          confirmed_at: string | null
          confirmed_by: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          created_at: string
          description: string
          engagement_id: string
          escalated_at: string | null
          escalated_by: string | null
          escalation_count: number
          id: string
          opened_at: string
          opened_by: string | null
          priority: Database['public']['Enums']['warranty_priority']
          reopened_count: number
          resolution: string | null
          resolution_due_at: string
          resolved_at: string | null
          resolved_by: string | null
          response_due_at: string
          status: Database['public']['Enums']['warranty_claim_status']
          title: string
          triage_note: string | null
          triaged_at: string | null
          triaged_by: string | null
          updated_at: string
          waiting_on_client_since: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'warranty_claims'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      update_client_member: {
        Args: {
          active?: boolean
          client_id: string
          role?: Database['public']['Enums']['client_member_role']
          user_id: string
        }
        Returns: undefined
      }
      update_my_profile: { Args: { full_name: string; phone?: string }; Returns: undefined }
      update_staff_member: {
        Args: { active?: boolean; role?: Database['public']['Enums']['staff_role']; user_id: string }
        Returns: undefined
      }
      warranty_assignee_suggestions: {
        Args: { claim_ids: string[] }
        Returns: {
          full_name: string
          open_claims: number
          role: Database['public']['Enums']['staff_role']
          suggested: boolean
          user_id: string
        }[]
      }
      warranty_queue: {
        Args: {
          assigned_to?: string
          breached_only?: boolean
          client_id?: string
          coverage?: Database['public']['Enums']['warranty_coverage']
          priority?: Database['public']['Enums']['warranty_priority']
          status?: Database['public']['Enums']['warranty_claim_status']
        }
        Returns: {
          account_manager_id: string | null
          assigned_to: string | null
          assignee_name: string | null
          at_risk_from: string | null
          change_request_id: string | null
          client_answer: string | null
          client_answered_at: string | null
          client_id: string | null
          client_name: string | null
          client_question: string | null
          coverage: Database['public']['Enums']['warranty_coverage'] | null
          description: string | null
          engagement_code: string | null
          engagement_id: string | null
          engagement_title: string | null
          escalated_at: string | null
          escalation_count: number | null
          id: string | null
          next_due_at: string | null
          opened_at: string | null
          paused: boolean | null
          paused_seconds: number | null
          paused_since: string | null
          priority: Database['public']['Enums']['warranty_priority'] | null
          resolution: string | null
          resolution_breached: boolean | null
          resolution_due_at: string | null
          resolved_at: string | null
          response_breached: boolean | null
          response_due_at: string | null
          sla_status: string | null
          status: Database['public']['Enums']['warranty_claim_status'] | null
          title: string | null
          triaged_at: string | null
          updated_at: string | null
        }[]
        SetofOptions: {
          from: '*'
          to: 'warranty_claim_sla'
          isOneToOne: false
          isSetofReturn: true
        }
      }
      warranty_sla_windows: {
        Args: Record<PropertyKey, never>
        Returns: {
          priority: Database['public']['Enums']['warranty_priority']
          resolution_hours: number
          response_hours: number
        }[]
      }
      withdraw_change_request_quote: {
        Args: { change_request_id: string; reason?: string }
        Returns: {
          completed_at: string | null
          completed_by: string | null
          created_at: string
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decision_reason: string | null
          description: string
          engagement_id: string
          extra_days: number | null
          extra_price_vnd: number | null
          id: string
          pay_before_work: boolean
          payment_id: string | null
          quote_note: string | null
          quoted_at: string | null
          quoted_by: string | null
          status: Database['public']['Enums']['change_request_status']
          submitted_at: string
          submitted_by: string | null
          title: string
          updated_at: string
          version: number
        }
        SetofOptions: {
          from: '*'
          to: 'change_requests'
          isOneToOne: true
          isSetofReturn: false
        }
      }
      withdraw_quote: {
        Args: { quote_id: string; reason?: string }
        Returns: {
          accepted_document_id: string | null
          accepted_document_sha256: string | null
          created_at: string
          created_by: string | null
          decided_at: string | null
          decided_by: string | null
          decided_from: string | null
          decided_user_agent: string | null
          decline_reason: string | null
          engagement_id: string
          id: string
          milestones: NonNullable<Json>
          package_id: string
          payment_schedule: NonNullable<Json>
          price_vnd: number
          scope: string
          sent_at: string | null
          sent_by: string | null
          status: Database['public']['Enums']['quote_status']
          updated_at: string
          version: number
          withdrawal_reason: string | null
          withdrawn_at: string | null
          withdrawn_by: string | null
        }
        SetofOptions: {
          from: '*'
          to: 'quotes'
          isOneToOne: true
          isSetofReturn: false
        }
      }
    }
    Enums: {
      acceptance_decision: 'accepted' | 'rejected'
      change_request_status: 'submitted' | 'quoted' | 'approved' | 'rejected' | 'done'
      client_member_role: 'approver' | 'member'
      document_access_action: 'upload' | 'signed_link' | 'delete' | 'purge'
      document_visibility: 'confidential' | 'shared' | 'internal'
      engagement_party: 'provider' | 'client' | 'none'
      engagement_state: 'active' | 'on_hold' | 'cancelled' | 'closed'
      engagement_step:
        'request' | 'agreement' | 'payment' | 'implementation' | 'completion' | 'acceptance' | 'warranty'
      handover_item_kind: 'source_code' | 'accounts_credentials' | 'user_guide' | 'training_session' | 'other'
      licence_asset_kind: 'font' | 'image' | 'theme' | 'plugin' | 'library' | 'service'
      licence_holder: 'client' | 'provider'
      milestone_status: 'open' | 'done'
      payment_due_condition: 'before_start' | 'at_acceptance' | 'on_date'
      payment_kind: 'installment' | 'change_request'
      payment_status: 'due' | 'submitted' | 'confirmed' | 'rejected'
      quote_status: 'draft' | 'sent' | 'accepted' | 'declined' | 'superseded' | 'withdrawn'
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

type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, 'public'>]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    keyof (DefaultSchema['Tables'] & DefaultSchema['Views']) | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema['Tables'] & DefaultSchema['Views'])
    ? (DefaultSchema['Tables'] & DefaultSchema['Views'])[DefaultSchemaTableNameOrOptions] extends {
        Row: infer R
      }
      ? R
      : never
    : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    keyof DefaultSchema['Tables'] | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
    ? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
        Insert: infer I
      }
      ? I
      : never
    : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    keyof DefaultSchema['Tables'] | { schema: keyof DatabaseWithoutInternals },
  TableName extends (DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
    : never) = never,
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
    ? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
        Update: infer U
      }
      ? U
      : never
    : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    keyof DefaultSchema['Enums'] | { schema: keyof DatabaseWithoutInternals },
  EnumName extends (DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums']
    : never) = never,
> = DefaultSchemaEnumNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums'][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema['Enums']
    ? DefaultSchema['Enums'][DefaultSchemaEnumNameOrOptions]
    : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    keyof DefaultSchema['CompositeTypes'] | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes']
    : never) = never,
> = PublicCompositeTypeNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes'][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema['CompositeTypes']
    ? DefaultSchema['CompositeTypes'][PublicCompositeTypeNameOrOptions]
    : never

export const Constants = {
  public: {
    Enums: {
      acceptance_decision: ['accepted', 'rejected'],
      change_request_status: ['submitted', 'quoted', 'approved', 'rejected', 'done'],
      client_member_role: ['approver', 'member'],
      document_access_action: ['upload', 'signed_link', 'delete', 'purge'],
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
      handover_item_kind: ['source_code', 'accounts_credentials', 'user_guide', 'training_session', 'other'],
      licence_asset_kind: ['font', 'image', 'theme', 'plugin', 'library', 'service'],
      licence_holder: ['client', 'provider'],
      milestone_status: ['open', 'done'],
      payment_due_condition: ['before_start', 'at_acceptance', 'on_date'],
      payment_kind: ['installment', 'change_request'],
      payment_status: ['due', 'submitted', 'confirmed', 'rejected'],
      quote_status: ['draft', 'sent', 'accepted', 'declined', 'superseded', 'withdrawn'],
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
