"use client";

import { LogOutIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { loadAuthClient } from "@/lib/load-auth-client";

export function SignOutButton() {
  const router = useRouter();
  return (
    <Button
      variant="ghost"
      size="sm"
      onClick={async () => {
        await (await loadAuthClient()).signOut();
        router.replace("/login");
        router.refresh();
      }}
    >
      <LogOutIcon aria-hidden /> Sign out
    </Button>
  );
}
