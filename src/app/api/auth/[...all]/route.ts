import { clientIp } from "@/lib/http/client-ip";
import { getAuth } from "@/server/auth/auth";

// Better Auth's standard endpoints (POST /api/auth/sign-in/email, /sign-out, /request-password-reset, …).
// Its rate limits key on x-client-ip, which is always overwritten here with the address our one trusted
// proxy saw, so a forged X-Forwarded-For entry cannot buy a fresh limit.
async function handle(request: Request) {
  const headers = new Headers(request.headers);
  headers.set("x-client-ip", clientIp(request.headers));
  const auth = await getAuth();
  return auth.handler(new Request(request, { headers }));
}

export { handle as GET, handle as POST };
