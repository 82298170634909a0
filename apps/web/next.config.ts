import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// Messages are compiled at build time (icu-minify), so the browser gets next-intl's small
// formatter instead of intl-messageformat and its ICU parser (~12 kB gz on every page).
// Every message file under messages/ is compiled where it is imported (src/i18n/messages.ts).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './src/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

const config: NextConfig = {
  // Self-contained server for the container image (docker/Dockerfile sets NEXT_OUTPUT=standalone).
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  outputFileTracingRoot: path.resolve(process.cwd(), '../..'),
  // The libraries are consumed as TypeScript source.
  transpilePackages: ['@srw/api', '@srw/db', '@srw/domain'],
  // Client components import single rules and labels from the domain's barrel;
  // this resolves each import to its own module, so a page ships only those
  // (and zod only where a module that needs it is imported).
  // Module fragments: a domain module whose rules a page needs and whose schemas only
  // the lazily loaded form schemas use is split, so those schemas (and zod) stay out
  // of the page's first load.
  experimental: { optimizePackageImports: ['@srw/domain'], turbopackModuleFragments: true },
  // PGlite loads its WASM and extension bundles from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pg-boss', 'pg', 'nodemailer', 'smtp-server', 'mailparser'],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: '/(.*)',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default withNextIntl(config);
