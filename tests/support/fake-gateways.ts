import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MOMO_CREATE_ORDER, momoSign, payosSign, payosSignCreate } from './gateway-signing';

// Local stand-ins for the PayOS and MoMo APIs our code calls to create payments (VNPay needs none: its
// payment URL is built and signed locally). They check what a real gateway checks (credentials and the
// request signature) and answer in the gateway's documented shape. Tests point PAYOS_BASE_URL /
// MOMO_ENDPOINT (or the gateway config) at them.

export type FakeGateway = {
  url: string;
  requests: Record<string, unknown>[];
  /** The next create fails: 'error' answers a gateway error, 'hang' never answers. */
  failNext: (mode: 'error' | 'hang') => void;
  close: () => Promise<void>;
};

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>) => void,
  requests: Record<string, unknown>[],
): Promise<FakeGateway> {
  let fail: 'error' | 'hang' | null = null;
  const server = createServer((req, res) => {
    readJson(req)
      .then((body) => {
        requests.push({ path: req.url, headers: req.headers, body });
        const mode = fail;
        fail = null;
        if (mode === 'hang') return; // never answers: the client's timeout must fire
        if (mode === 'error')
          return send(res, 200, { code: '20', desc: 'Gateway refused', resultCode: 99, message: 'Lỗi' });
        handler(req, res, body);
      })
      .catch(() => send(res, 400, { error: 'bad json' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (mode) => {
      fail = mode;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** PayOS's POST /v2/payment-requests: x-client-id / x-api-key headers and the create signature. */
export function startFakePayos(keys: { clientId: string; apiKey: string; checksumKey: string }): Promise<FakeGateway> {
  const requests: Record<string, unknown>[] = [];
  return listen((req, res, body) => {
    if (req.url !== '/v2/payment-requests' || req.method !== 'POST')
      return send(res, 404, { code: '404', desc: 'Not found' });
    if (req.headers['x-client-id'] !== keys.clientId || req.headers['x-api-key'] !== keys.apiKey) {
      return send(res, 401, { code: '401', desc: 'Unauthorized' });
    }
    if (body.signature !== payosSignCreate(body, keys.checksumKey)) {
      return send(res, 200, { code: '201', desc: 'Chữ ký không hợp lệ', data: null, signature: null });
    }
    const paymentLinkId = randomBytes(16).toString('hex');
    const data = {
      bin: '970422',
      accountNumber: '0000111122223333',
      accountName: 'AUDIO TAI LOC',
      amount: body.amount,
      description: body.description,
      orderCode: body.orderCode,
      currency: 'VND',
      paymentLinkId,
      status: 'PENDING',
      expiredAt: body.expiredAt,
      checkoutUrl: `https://pay.payos.vn/web/${paymentLinkId}`,
      qrCode: '00020101021238570010A000000727',
    };
    send(res, 200, { code: '00', desc: 'success', data, signature: payosSign(data, keys.checksumKey) });
  }, requests);
}

/** MoMo's POST /v2/gateway/api/create (captureWallet), checking the partner and the signature. */
export function startFakeMomo(keys: {
  partnerCode: string;
  accessKey: string;
  secretKey: string;
}): Promise<FakeGateway> {
  const requests: Record<string, unknown>[] = [];
  return listen((req, res, body) => {
    if (req.url !== '/v2/gateway/api/create') return send(res, 404, { resultCode: 99, message: 'Not found' });
    const base = {
      partnerCode: body.partnerCode,
      requestId: body.requestId,
      orderId: body.orderId,
      amount: body.amount,
    };
    if (body.partnerCode !== keys.partnerCode || body.signature !== momoSign(MOMO_CREATE_ORDER, body, keys)) {
      return send(res, 200, { ...base, resultCode: 13, message: 'Xác thực doanh nghiệp thất bại.' });
    }
    send(res, 200, {
      ...base,
      responseTime: Date.now(),
      message: 'Thành công.',
      resultCode: 0,
      payUrl: `https://test-payment.momo.vn/v2/gateway/pay?t=${randomBytes(8).toString('hex')}`,
      deeplink: 'momo://app?action=payWithApp',
      qrCodeUrl: 'momo://app?action=payWithApp&qr=1',
    });
  }, requests);
}
