import { SectionBoundary } from '@/components/errors/section-boundary'
import { WarrantyPage } from '@/features/warranty-queue/components/warranty-page'

export default function WarrantyRoute() {
  return (
    <SectionBoundary>
      <WarrantyPage />
    </SectionBoundary>
  )
}
