/** The provider's one settings row: read by the client view's transfer details and the admin page. */
export const companySettingsKeys = {
  all: ['company-settings'] as const,
}
