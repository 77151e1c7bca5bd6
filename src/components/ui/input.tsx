import type { InputHTMLAttributes, Ref } from 'react'

import { CONTROL } from './control'

type InputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }

export function Input({ className = '', ...props }: InputProps) {
  return (
    <input
      className={`${CONTROL} h-10 placeholder:text-slate-400 aria-invalid:focus-visible:outline-red-600 ${className}`}
      {...props}
    />
  )
}
