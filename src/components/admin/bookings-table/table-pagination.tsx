"use client";

import { nounFor } from "@/lib/plural";
import { ChevronFirstIcon, ChevronLastIcon, ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { PAGE_SIZES } from "@/contracts/bookings/list-query";
import { pageCount } from "@/contracts/list-page";
import { formatNumber } from "./table-url";

type TablePaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  totalIsExact: boolean;
  shown: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
};

/** Page size, where we are, and first/previous/next/last. Past 10,000 rows "last" uses the estimate. */
export function TablePagination({
  page,
  pageSize,
  total,
  totalIsExact,
  shown,
  onPage,
  onPageSize,
}: TablePaginationProps) {
  const lastPage = pageCount({ total, pageSize });
  const first = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const sizes: number[] = PAGE_SIZES.includes(pageSize as (typeof PAGE_SIZES)[number])
    ? [...PAGE_SIZES]
    : [...PAGE_SIZES, pageSize].sort((a, b) => a - b);
  const pages = [
    { label: "First page", icon: ChevronFirstIcon, to: 1, disabled: page <= 1 },
    { label: "Previous page", icon: ChevronLeftIcon, to: page - 1, disabled: page <= 1 },
    { label: "Next page", icon: ChevronRightIcon, to: page + 1, disabled: page >= lastPage },
    { label: "Last page", icon: ChevronLastIcon, to: lastPage, disabled: page >= lastPage },
  ];
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p aria-live="polite" className="text-muted-foreground">
        {shown === 0
          ? `No rows on this page of ${totalIsExact ? "" : "about "}${formatNumber(total)}`
          : `${formatNumber(first)}–${formatNumber(first + shown - 1)} of ${totalIsExact ? "" : "about "}${formatNumber(total)} ${nounFor(total, { one: "booking", other: "bookings" })}`}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex items-center gap-2">
          <Label htmlFor="page-size" className="font-normal whitespace-nowrap">
            Rows per page
          </Label>
          <Select value={String(pageSize)} onValueChange={(value) => onPageSize(Number(value))}>
            <SelectTrigger id="page-size" className="h-9 w-20">
              {/* Written out so the server's HTML shows it: Radix takes the text from the closed list. */}
              <SelectValue>{pageSize}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              {sizes.map((size) => (
                <SelectItem key={size} value={String(size)}>
                  {size}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <span className="whitespace-nowrap">
          Page {formatNumber(page)} of {totalIsExact ? "" : "about "}
          {formatNumber(lastPage)}
        </span>
        <div className="flex items-center gap-1">
          {pages.map(({ label, icon: Icon, to, disabled }) => (
            <Button
              key={label}
              variant="outline"
              size="icon"
              className="size-9"
              aria-label={label}
              disabled={disabled}
              onClick={() => onPage(to)}
            >
              <Icon aria-hidden />
            </Button>
          ))}
        </div>
      </div>
    </nav>
  );
}
