import { type NextRequest, NextResponse } from 'next/server';
import { suggestQuerySchema } from '@/lib/api/catalog-schemas';
import { apiRoute, parseOrThrow, publicCache } from '@/lib/api/handler';
import { getSuggestionsCached } from '@/lib/catalog/cached';
import { searchTokens } from '@/lib/catalog/text';

// GET /api/search/suggest?q= – as-you-type product suggestions, accent- and typo-tolerant
export const GET = apiRoute(async (req: NextRequest) => {
  const { q } = parseOrThrow(suggestQuerySchema, Object.fromEntries(req.nextUrl.searchParams));
  // Cache on the folded words, so "Tai nghe" and "tai  nghe" share one entry.
  const key = searchTokens(q).join(' ');
  const items = key ? await getSuggestionsCached(key) : [];
  return NextResponse.json({ items }, { headers: publicCache });
});
