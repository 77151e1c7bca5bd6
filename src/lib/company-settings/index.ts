export {
  getCompanySettings,
  getCompanySettingsQueryOptions,
  useCompanySettings,
  type CompanySettings,
} from './get-company-settings'
export { companySettingsKeys } from './keys'
