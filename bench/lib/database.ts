import { Client } from 'pg';
import type { Cleanup } from './cleanup';
import { runCommand } from './process';

// A throw-away PostgreSQL database per run, so every benchmark starts from the same seeded catalog.

const SAFE_NAME = /^[a-z_][a-z0-9_]*$/;

async function admin(adminUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates the database and registers its drop with cleanup; returns its URL. */
export async function createBenchDatabase(adminUrl: string, name: string, cleanup: Cleanup): Promise<string> {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name: ${name}`);
  await admin(adminUrl, `create database ${name}`);
  cleanup.add({ kind: 'drop-database', adminUrl, name });
  console.log(`created database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropBenchDatabase(adminUrl: string, name: string): Promise<void> {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name: ${name}`);
  // FORCE ends sessions still open (a server that did not stop in time), PostgreSQL 13+.
  await admin(adminUrl, `drop database if exists ${name} with (force)`);
  console.log(`dropped database ${name}`);
}

/** Migrates and seeds through the project's own CLI (db/cli.ts). `products` unset: the demo catalog only. */
export async function seedBenchDatabase(databaseUrl: string, products?: number): Promise<void> {
  const args = ['run', 'db:seed'];
  if (products !== undefined) args.push('--', '--products', String(products));
  await runCommand('npm', args, { ...process.env, DATABASE_URL: databaseUrl });
}
