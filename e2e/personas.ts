/** The seeded demo users (docs/database.md, "Demo data"); every one has the same password. */
export const DEMO_PASSWORD = 'tams-demo-2026'

export const personas = {
  admin: { email: 'admin@tams.test', name: 'Phạm Quốc Bảo' },
  manager: { email: 'manager@tams.test', name: 'Trần Thu Hà' },
  lan: { email: 'lan.am@tams.test', name: 'Nguyễn Thị Lan' },
  minh: { email: 'minh.am@tams.test', name: 'Lê Văn Minh' },
  an: { email: 'an@phuongdong.test', name: 'Đỗ Văn An' },
  binh: { email: 'binh@phuongdong.test', name: 'Vũ Thị Bình' },
  chi: { email: 'chi@saobien.test', name: 'Hoàng Minh Chi' },
} as const

export type Persona = keyof typeof personas

/** Saved session of a persona, written by the setup project: `test.use({ storageState: storageStateOf('lan') })`. */
export function storageStateOf(persona: Persona): string {
  return `e2e/.auth/${persona}.json`
}
