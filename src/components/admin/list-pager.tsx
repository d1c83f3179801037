import Link from "next/link";
import { Button } from "@/components/ui/button";
import { pageCount, type ListPage } from "@/contracts/list-page";
import { nounFor, type Noun } from "@/lib/plural";

type ListPagerProps = {
  list: ListPage<unknown>;
  /** What the list holds: { one: "email", other: "emails" }. */
  noun: Noun;
  /** The link to another page of the same view. */
  href: (page: number) => string;
};

const count = (value: number) => value.toLocaleString("en");

/**
 * How many there are, where we are, and Previous/Next links, for the back office's server-rendered
 * lists. Past a capped count ("10,000+") Next stays while pages come back full.
 */
export function ListPager({ list, noun, href }: ListPagerProps) {
  const pages = pageCount(list);
  const more = list.totalIsExact ? "" : "+";
  const hasNext = list.page < pages || (!list.totalIsExact && list.items.length === list.pageSize);
  return (
    <div className="flex items-center justify-between text-sm text-muted-foreground">
      <span>
        {count(list.total)}
        {more} {nounFor(list.total, noun)} · page {count(list.page)} of {count(pages)}
        {more}
      </span>
      <div className="flex gap-2">
        {list.page > 1 && (
          <Button asChild variant="outline" size="sm">
            <Link href={href(list.page - 1)}>Previous</Link>
          </Button>
        )}
        {hasNext && (
          <Button asChild variant="outline" size="sm">
            <Link href={href(list.page + 1)}>Next</Link>
          </Button>
        )}
      </div>
    </div>
  );
}
