import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('CSV cells', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Số 12, Điện Biên Phủ')).toBe('"Số 12, Điện Biên Phủ"');
    expect(csvCell('Loa "JBL" Go')).toBe('"Loa ""JBL"" Go"');
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvCell('Nguyễn Văn An')).toBe('Nguyễn Văn An');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+84912345678')).toBe("'+84912345678");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes our own numbers as numbers and empty values as nothing', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1_500_000)).toBe('1500000');
    expect(csvCell(null)).toBe('');
    expect(csvRow(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
  });
});
