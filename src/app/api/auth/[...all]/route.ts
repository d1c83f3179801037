import { getAuth } from "@/server/auth/auth";

// Better Auth's standard endpoints (POST /api/auth/sign-in/email, /sign-out, /request-password-reset, …).
async function handle(request: Request) {
  const auth = await getAuth();
  return auth.handler(request);
}

export { handle as GET, handle as POST };
