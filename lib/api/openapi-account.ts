import {
  accountOrderResponseSchema,
  addressIdParamSchema,
  addressListResponseSchema,
  addressRequestSchema,
  addressResponseSchema,
  changePasswordRequestSchema,
  orderNumberParamSchema,
  orderPageResponseSchema,
  ordersQuerySchema,
  passwordChangedResponseSchema,
  profileResponseSchema,
  profileUpdateRequestSchema,
  reorderResponseSchema,
} from '@/lib/account/api-schemas';
import {
  forgotPasswordRequestSchema,
  googleTokenRequestSchema,
  logoutRequestSchema,
  messageResponseSchema,
  refreshRequestSchema,
  resetPasswordRequestSchema,
  sessionIdParamSchema,
  sessionsResponseSchema,
  signUpRequestSchema,
  tokenRequestSchema,
  tokenResponseSchema,
  verifyEmailRequestSchema,
} from '@/lib/auth/api-schemas';
import {
  badRequest,
  bearerOnly,
  bearerOptional,
  body,
  errors,
  json,
  noContent,
  parameters,
  redisDown,
  tooMany,
  unauthorized,
} from './openapi-helpers';

// The account half of the OpenAPI document: the mobile app's sign-in and sessions (/api/auth/…) and the
// signed-in customer's own records (/api/me/…).

const addressExample = {
  name: 'Nguyễn Văn An',
  phone: '0912345678',
  shippingAddress: { provinceCode: '01', wardCode: '00004', street: '12 Tràng Tiền' },
  isDefault: true,
};
const tokens = json(tokenResponseSchema, 'Signed in: the tokens for this device');
const cartHeader = {
  name: 'X-Cart-Id',
  in: 'header',
  required: false,
  description: "The device's guest cart: it joins the account's cart (`cartId` in the answer)",
  schema: { type: 'string', format: 'uuid' },
};
const password = 'mat-khau-rat-dai-2026';

export function accountPaths() {
  return {
    '/api/auth/token': {
      post: {
        summary: 'Sign in with e-mail and password',
        description:
          'Rate-limited like the web sign-in (per address and per account). Unknown e-mail, wrong password and a disabled account get the same answer.',
        parameters: [cartHeader],
        requestBody: body(tokenRequestSchema, { email: 'khach@example.vn', password, deviceName: 'Pixel 8' }),
        responses: {
          200: tokens,
          400: badRequest(),
          401: errors('Wrong e-mail or password', 'invalid_credentials'),
          429: tooMany('Too many sign-in attempts for this address or account'),
          503: redisDown,
        },
      },
    },
    '/api/auth/google': {
      post: {
        summary: 'Sign in with a Google ID token',
        description:
          "The ID token from Google Sign-In on the device, checked against Google's published keys (issuer, audience = one of our client ids, expiry). A first sign-in creates the account; Google has verified the mailbox.",
        parameters: [cartHeader],
        requestBody: body(googleTokenRequestSchema, { idToken: 'eyJhbGciOiJSUzI1NiJ9.not-a-google-token.x' }),
        responses: {
          200: tokens,
          400: badRequest(),
          401: errors(
            'The token is not a valid Google ID token for this app, or its e-mail is not verified',
            'invalid_google_token',
          ),
          429: tooMany('Too many sign-in attempts from this address'),
          503: errors(
            'Google sign-in is not configured, or Google is out of reach',
            'google_unavailable',
            'cart_unavailable',
          ),
        },
      },
    },
    '/api/auth/refresh': {
      post: {
        summary: 'Spend a refresh token for a new pair',
        description:
          'Each refresh token works once. Sending one that was already spent revokes its whole session (every token of the family) and answers 401 `refresh_token_reused`: sign in again.',
        requestBody: body(refreshRequestSchema, { refreshToken: 'khong-phai-refresh-token-that' }),
        responses: {
          200: json(tokenResponseSchema.omit({ cartId: true }), 'The next access token and refresh token'),
          400: badRequest(),
          401: errors(
            'Unknown, expired or revoked (`invalid_refresh_token`), or spent before (`refresh_token_reused`)',
            'invalid_refresh_token',
            'refresh_token_reused',
          ),
          429: tooMany('Too many refreshes from this address'),
          503: redisDown,
        },
      },
    },
    '/api/auth/logout': {
      post: {
        summary: 'Sign this device out, or every device and browser',
        description:
          'Send the refresh token and/or the Bearer access token of the session to end. `everywhere: true` (Bearer required) ends every app session and web session of the account.',
        security: bearerOptional,
        requestBody: body(logoutRequestSchema, { refreshToken: 'khong-phai-refresh-token-that' }),
        responses: {
          204: noContent('Signed out'),
          400: badRequest(),
          401: unauthorized,
        },
      },
    },
    '/api/auth/sessions': {
      get: {
        summary: 'The devices where the app is signed in',
        security: bearerOnly,
        responses: { 200: json(sessionsResponseSchema, 'Open sessions, most recently used first'), 401: unauthorized },
      },
    },
    '/api/auth/sessions/{id}': {
      delete: {
        summary: 'Sign one device out',
        security: bearerOnly,
        parameters: parameters(sessionIdParamSchema, 'path', { id: 2_000_000_000 }),
        responses: {
          204: noContent('The device is signed out: its tokens stop working at once'),
          400: badRequest(),
          401: unauthorized,
          404: errors('No open session of this account has this id', 'not_found'),
        },
      },
    },
    '/api/auth/sign-up': {
      post: {
        summary: 'Create an account; a verification e-mail is sent',
        description:
          'Then sign in with POST /api/auth/token. The e-mail carries a token for POST /api/auth/verify-email. ' +
          'The answer is the same when the e-mail already has an account: its owner is e-mailed instead.',
        requestBody: body(signUpRequestSchema, {
          name: 'Nguyễn Văn An',
          email: 'an.nguyen@example.vn',
          password,
          confirmPassword: password,
        }),
        responses: {
          201: json(messageResponseSchema, 'Accepted: an e-mail is on its way (new account or existing owner)'),
          400: badRequest(),
          429: tooMany('Too many account e-mails from this address'),
          503: redisDown,
        },
      },
    },
    '/api/auth/verify-email': {
      post: {
        summary: 'Verify the e-mail with the token from the verification e-mail',
        requestBody: body(verifyEmailRequestSchema, { token: 'khong-phai-ma-xac-minh-that' }),
        responses: {
          200: json(messageResponseSchema, 'Verified'),
          400: badRequest('invalid_token'),
        },
      },
    },
    '/api/auth/forgot-password': {
      post: {
        summary: 'E-mail a password reset link',
        description: 'The same answer whether or not the e-mail has an account.',
        requestBody: body(forgotPasswordRequestSchema, { email: 'khach@example.vn' }),
        responses: {
          202: json(messageResponseSchema, 'If the account exists, the e-mail is on its way'),
          400: badRequest(),
          429: tooMany('Too many account e-mails from this address'),
          503: redisDown,
        },
      },
    },
    '/api/auth/reset-password': {
      post: {
        summary: 'Set a new password with the token from the reset e-mail',
        description: 'Every session of the account, web and app, ends.',
        requestBody: body(resetPasswordRequestSchema, {
          token: 'khong-phai-ma-dat-lai-that',
          password,
          confirmPassword: password,
        }),
        responses: {
          200: json(messageResponseSchema, 'The password is set; sign in with it'),
          400: badRequest('invalid_token'),
        },
      },
    },
    '/api/me': {
      get: {
        summary: 'The account, its default address and what checkout starts with',
        security: bearerOnly,
        responses: { 200: json(profileResponseSchema, 'The account'), 401: unauthorized },
      },
      patch: {
        summary: 'Change the name and phone',
        security: bearerOnly,
        requestBody: body(profileUpdateRequestSchema, { name: 'Nguyễn Văn An', phone: '0912345678' }),
        responses: { 200: json(profileResponseSchema, 'The account'), 400: badRequest(), 401: unauthorized },
      },
    },
    '/api/me/password': {
      post: {
        summary: 'Change the password',
        description:
          'Every other device and browser is signed out; the answer carries new tokens for this device (the old ones stop working).',
        security: bearerOnly,
        requestBody: body(changePasswordRequestSchema, {
          currentPassword: 'khong-phai-mat-khau-hien-tai',
          newPassword: password,
          confirmPassword: password,
        }),
        responses: {
          200: json(passwordChangedResponseSchema, 'Changed'),
          400: badRequest('wrong_password'),
          401: unauthorized,
          409: errors('The account signs in with Google and has no password yet', 'no_password'),
          429: tooMany('Too many attempts for this account'),
          503: redisDown,
        },
      },
    },
    '/api/me/addresses': {
      get: {
        summary: 'The address book, the default first',
        security: bearerOnly,
        responses: { 200: json(addressListResponseSchema, 'Addresses'), 401: unauthorized },
      },
      post: {
        summary: 'Save an address (the first one becomes the default)',
        security: bearerOnly,
        requestBody: body(addressRequestSchema, addressExample),
        responses: {
          201: json(addressResponseSchema, 'Saved'),
          400: badRequest(),
          401: unauthorized,
          409: errors('The address book is full', 'conflict'),
        },
      },
    },
    '/api/me/addresses/{id}': {
      get: {
        summary: 'One saved address',
        security: bearerOnly,
        parameters: parameters(addressIdParamSchema, 'path', { id: 2_000_000_000 }),
        responses: {
          200: json(addressResponseSchema, 'The address'),
          400: badRequest(),
          401: unauthorized,
          404: errors('Not an address of this account', 'not_found'),
        },
      },
      patch: {
        summary: 'Replace an address (isDefault: true makes it the default)',
        security: bearerOnly,
        parameters: parameters(addressIdParamSchema, 'path', { id: 2_000_000_000 }),
        requestBody: body(addressRequestSchema, addressExample),
        responses: {
          200: json(addressResponseSchema, 'Saved'),
          400: badRequest(),
          401: unauthorized,
          404: errors('Not an address of this account', 'not_found'),
        },
      },
      delete: {
        summary: 'Delete an address (the default passes to the most recently used one)',
        security: bearerOnly,
        parameters: parameters(addressIdParamSchema, 'path', { id: 2_000_000_000 }),
        responses: {
          204: noContent('Deleted'),
          400: badRequest(),
          401: unauthorized,
          404: errors('Not an address of this account', 'not_found'),
        },
      },
    },
    '/api/me/orders': {
      get: {
        summary: "The account's orders, newest first",
        description:
          'Orders placed while signed in, and guest orders placed with the account e-mail once it is verified.',
        security: bearerOnly,
        parameters: parameters(ordersQuerySchema, 'query', { page: 1 }),
        responses: { 200: json(orderPageResponseSchema, 'A page of orders'), 400: badRequest(), 401: unauthorized },
      },
    },
    '/api/me/orders/{number}': {
      get: {
        summary: 'One of the account’s orders, with its timeline',
        security: bearerOnly,
        parameters: parameters(orderNumberParamSchema, 'path', { number: 'ATL-999999999' }),
        responses: {
          200: json(accountOrderResponseSchema, 'The order'),
          400: badRequest(),
          401: unauthorized,
          404: errors('Not an order of this account', 'not_found'),
        },
      },
    },
    '/api/me/orders/{number}/reorder': {
      post: {
        summary: '"Mua lại": put the order’s lines back into the account’s cart at today’s prices',
        security: bearerOnly,
        parameters: parameters(orderNumberParamSchema, 'path', { number: 'ATL-999999999' }),
        responses: {
          200: json(reorderResponseSchema, 'The cart, and what was added, capped or left out'),
          400: badRequest(),
          401: unauthorized,
          404: errors('Not an order of this account', 'not_found'),
          409: errors('Nothing could be added (sold out or no longer sold): `error.message` says why', 'nothing_added'),
          429: tooMany('Too many cart changes from this address'),
          503: redisDown,
        },
      },
    },
  };
}
