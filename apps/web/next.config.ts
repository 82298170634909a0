import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

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
