// What shoppers read while a backing service is down. Plain strings with no imports, so client components
// (the error boundary) can show the same words as the API's 503 answers.

export const DATABASE_DOWN_MESSAGE = 'Hệ thống đang bận bảo trì trong giây lát, vui lòng thử lại sau ít phút.';
