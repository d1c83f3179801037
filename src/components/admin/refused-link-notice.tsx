import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** Why a list shows everything instead of what its link asked for: the parameters its parser refused. */
export function RefusedLinkNotice({ refused, showing }: { refused: string[] | undefined; showing: string }) {
  if (!refused?.length) return null;
  return (
    <Alert variant="destructive">
      <AlertTitle>This link asks for a view the list cannot show</AlertTitle>
      <AlertDescription>
        <ul className="my-1 list-disc pl-5">
          {refused.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
        <p>{showing}</p>
      </AlertDescription>
    </Alert>
  );
}
