/** A JSON download that no cache keeps. */
export function downloadHeaders(filename: string): HeadersInit {
  return {
    'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
    'cache-control': 'private, no-store',
  };
}
