/** The look every form control shares: border, focus ring, invalid and disabled states. */
export const CONTROL =
  'block w-full rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-sm focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600 aria-invalid:border-red-600 disabled:bg-slate-100'
