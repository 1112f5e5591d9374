// Search is rendered per request; show the shape of the results at once while they load.
export default function SearchLoading() {
  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-6" aria-busy="true">
      <p className="sr-only" role="status">
        Đang tìm kiếm…
      </p>
      <div className="h-9 w-2/3 max-w-md animate-pulse rounded bg-stone-200" />
      <div className="mt-4 h-11 max-w-xl animate-pulse rounded bg-stone-200" />
      <div className="mt-8 grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <div key={i} className="aspect-[3/4] animate-pulse rounded-lg bg-stone-100" />
        ))}
      </div>
    </div>
  );
}
