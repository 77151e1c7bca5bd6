import type { Ref, SelectHTMLAttributes } from 'react'

import { CONTROL } from './control'

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }

export function Select({ className = '', ...props }: SelectProps) {
  return <select className={`${CONTROL} h-10 ${className}`} {...props} />
}
