import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { App } from '@/app'
import '@/config/env'
import { messagesRegistry } from '@/app/messages'
import { initI18n } from '@/lib/i18n'

import './index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// Common strings first, so no page ever flashes untranslated keys.
await initI18n(messagesRegistry)

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
