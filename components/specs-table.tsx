import { specRows } from '@/lib/catalog/specs';

export function SpecsTable({ specs }: { specs: Record<string, string> }) {
  const rows = specRows(specs);
  if (rows.length === 0) return <p className="text-stone-700">Đang cập nhật thông số.</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-stone-200 odd:bg-stone-50">
            <th scope="row" className="w-2/5 px-3 py-2 text-left align-top font-medium text-stone-700">
              {row.label}
            </th>
            <td className="px-3 py-2 align-top">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
