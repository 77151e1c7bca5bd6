/** Common banks and their NAPAS BINs (State Bank of Vietnam list; see the VietQR reference). Data, not rules: another BIN can be typed. */
export const COMMON_BANKS = [
  { bin: '970436', name: 'Vietcombank – Ngân hàng TMCP Ngoại thương Việt Nam' },
  { bin: '970415', name: 'VietinBank – Ngân hàng TMCP Công thương Việt Nam' },
  { bin: '970418', name: 'BIDV – Ngân hàng TMCP Đầu tư và Phát triển Việt Nam' },
  { bin: '970405', name: 'Agribank – Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam' },
  { bin: '970407', name: 'Techcombank – Ngân hàng TMCP Kỹ thương Việt Nam' },
  { bin: '970422', name: 'MB – Ngân hàng TMCP Quân đội' },
  { bin: '970416', name: 'ACB – Ngân hàng TMCP Á Châu' },
  { bin: '970432', name: 'VPBank – Ngân hàng TMCP Việt Nam Thịnh Vượng' },
  { bin: '970403', name: 'Sacombank – Ngân hàng TMCP Sài Gòn Thương Tín' },
] as const
