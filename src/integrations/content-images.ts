import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { namedImages, onNamedImagesChange } from '../lib/images/named-images';

const MODULE_ID = 'virtual:marquee/content-images';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * `virtual:marquee/content-images`: a lazy import for each image a published post's body
 * names, keyed `/content/reviews/her/still-1.jpg` (see `src/lib/images/content-images.ts`).
 * Nothing else under `content/` is imported, so an image no post names, a draft's image or
 * a file beside the posts never reaches Vite, sharp or `dist/`.
 */
export function contentImages(): AstroIntegration {
  return {
    name: 'marquee:content-images',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        let server: ViteDevServer | undefined;
        onNamedImagesChange(() => {
          for (const environment of Object.values(server?.environments ?? {})) {
            const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
            if (module) environment.moduleGraph.invalidateModule(module);
          }
        });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'marquee:content-images',
                configureServer: (devServer: ViteDevServer) => void (server = devServer),
                resolveId: (id: string) => (id === MODULE_ID ? RESOLVED_ID : undefined),
                load: (id: string) => {
                  if (id !== RESOLVED_ID) return undefined;
                  const entries = namedImages().map(
                    (file) =>
                      `  ${JSON.stringify(`/${file}`)}: () => import(${JSON.stringify(path.resolve(root, file))}),`,
                  );
                  return `export const images = {\n${entries.join('\n')}\n};\n`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
