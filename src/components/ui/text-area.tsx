import type { Ref, TextareaHTMLAttributes } from 'react'

import { CONTROL } from './control'

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }

export function TextArea({ className = '', rows = 3, ...props }: TextAreaProps) {
  return <textarea rows={rows} className={`${CONTROL} py-2 ${className}`} {...props} />
}
