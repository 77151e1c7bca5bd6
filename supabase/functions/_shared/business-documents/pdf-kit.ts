// pdf-lib, fontkit and Noto Sans (full Vietnamese coverage, OFL) as the Edge Function loads them:
// only this module imports them, so only a function that makes a document pays for them.
import { PDFDocument, rgb } from 'npm:pdf-lib@1.17.1'
import fontkit from 'npm:@pdf-lib/fontkit@1.1.1'
// Importing the font package's manifest makes Deno fetch the package (with its .ttf files) into
// its npm cache; Deno cannot import a .ttf without an unstable flag, so the files are read there.
import fontPackage from 'npm:@expo-google-fonts/be-vietnam-pro@0.4.1/package.json' with { type: 'json' }
import type { DocumentFonts, PdfLib } from './types.ts'

const FONT_FILES = {
  regular: '400Regular/BeVietnamPro_400Regular.ttf',
  bold: '700Bold/BeVietnamPro_700Bold.ttf',
}

/** Where Deno keeps the font package: DENO_DIR (or its default) / npm / <registry host> / name / version. */
async function fontPackageDir(): Promise<string> {
  const denoDir = Deno.env.get('DENO_DIR') ?? `${Deno.env.get('HOME') ?? ''}/.cache/deno`
  for await (const registry of Deno.readDir(`${denoDir}/npm`)) {
    const dir = `${denoDir}/npm/${registry.name}/${fontPackage.name}/${fontPackage.version}`
    if (
      await Deno.stat(dir).then(
        () => true,
        () => false,
      )
    )
      return dir
  }
  throw new Error(`${fontPackage.name}@${fontPackage.version} is not in Deno's npm cache`)
}

let loaded: Promise<{ lib: PdfLib; fonts: DocumentFonts }> | undefined

/** The toolkit and fonts, read once per process. */
export function loadPdfKit(): Promise<{ lib: PdfLib; fonts: DocumentFonts }> {
  loaded ??= (async () => {
    const dir = await fontPackageDir()
    const [regular, bold] = await Promise.all([
      Deno.readFile(`${dir}/${FONT_FILES.regular}`),
      Deno.readFile(`${dir}/${FONT_FILES.bold}`),
    ])
    return { lib: { PDFDocument, rgb, fontkit }, fonts: { regular, bold } }
  })()
  return loaded
}
