import { test as setup } from '@playwright/test'

import { personas, storageStateOf, type Persona } from './personas'
import { expectSignedIn, signIn } from './sign-in'

// Each persona signs in once; specs reuse the saved session instead of the login page.
for (const persona of Object.keys(personas) as Persona[]) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    const { email } = personas[persona]
    await signIn(page, email)
    await expectSignedIn(page, email)
    await page.context().storageState({ path: storageStateOf(persona) })
  })
}
