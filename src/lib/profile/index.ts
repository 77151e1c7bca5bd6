export { getProfile, getProfileQueryOptions, useProfile, type Profile } from './api/get-profile'
export { ProfileGate } from './profile-gate'
export { RequireManager, RequireSide, homeOf } from './require-side'
export { isManagerProfile, useCurrentProfile } from './use-current-profile'
