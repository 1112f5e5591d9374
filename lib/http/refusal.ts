import type { Refusal } from './request-guard';

// The JSON answer for a request refused at the front door, in the API's error shape.

const MESSAGES: Record<Refusal['code'], string> = {
  bad_encoding: 'Địa chỉ yêu cầu không hợp lệ.',
  bad_characters: 'Địa chỉ yêu cầu chứa ký tự không hợp lệ.',
  cross_site: 'Yêu cầu từ trang web khác bị từ chối.',
  too_large: 'Dữ liệu gửi lên quá lớn.',
};
const STATUS: Record<Refusal['code'], Refusal['status']> = {
  bad_encoding: 400,
  bad_characters: 400,
  cross_site: 403,
  too_large: 413,
};

export function refusalQuery(refusal: Refusal): string {
  return `code=${refusal.code}`;
}

export function refusalFromQuery(params: URLSearchParams): {
  status: number;
  body: { error: { code: string; message: string } };
} {
  const code = params.get('code');
  const known = code && code in MESSAGES ? (code as Refusal['code']) : 'bad_encoding';
  return { status: STATUS[known], body: { error: { code: known, message: MESSAGES[known] } } };
}
