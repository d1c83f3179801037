"use client";

import { CountryCombobox } from "@/components/form/country-combobox";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { isCountryCode } from "@/lib/countries";
import {
  assigneeFilter,
  createdFilter,
  destinationFilter,
  originFilter,
  serviceFilter,
  statusFilter,
  travelFilter,
} from "@/contracts/bookings/list-filters";
import type { BookingListQuery } from "@/contracts/bookings/list-query";
import {
  BOOKING_STATUSES,
  BOOKING_STATUS_LABELS,
  SERVICE_TYPES,
  SERVICE_TYPE_LABELS,
  type BookingStatus,
} from "@/contracts/bookings/schemas";
import type { ListCount } from "@/contracts/list-page";
import { CheckboxGroup } from "./checkbox-group";
import { DateRangeFilter } from "./date-range-filter";
import { formatCount } from "./table-url";

const ANYONE = "anyone";

type TableFiltersProps = {
  id: string;
  className?: string;
  /** A closed panel is rendered empty: its controls (a dozen Radix parts) cost every page, seen or not. */
  open: boolean;
  query: BookingListQuery;
  statusCounts: Record<BookingStatus, ListCount>;
  /** The active team (staff and admins). */
  colleagues: { id: string; name: string }[];
  onChange: (patch: Partial<BookingListQuery>) => void;
};

/**
 * A control for each filter of the table (labels from the descriptors in list-filters.ts); each
 * change is one step in the browser's history.
 */
export function TableFilters({ id, className, open, query, statusCounts, colleagues, onChange }: TableFiltersProps) {
  if (!open) return <section id={id} aria-label="Filters" className={className} />;
  // A link may name someone no longer on the team (deactivated): keep them selectable so the view reads true.
  const named =
    query.assignee && query.assignee !== "me" && query.assignee !== "unassigned" ? query.assignee : undefined;
  const unknownColleague = named && !colleagues.some((member) => member.id === named) ? named : undefined;
  const assigneeOptions = [
    { value: ANYONE, label: "Anyone" },
    { value: "unassigned", label: "Unassigned" },
    { value: "me", label: "Me" },
    ...colleagues.map((member) => ({ value: member.id, label: member.name })),
    ...(unknownColleague ? [{ value: unknownColleague, label: "A former colleague" }] : []),
  ];
  const assignee = query.assignee ?? ANYONE;
  return (
    <section id={id} aria-label="Filters" className={className}>
      <CheckboxGroup
        legend={statusFilter.label}
        idPrefix="filter-status"
        options={BOOKING_STATUSES.map((status) => ({
          value: status,
          label: BOOKING_STATUS_LABELS[status],
          hint: formatCount(statusCounts[status]),
        }))}
        selected={query.status ?? []}
        onChange={(status) => onChange({ status: status.length ? status : undefined })}
      />
      <CheckboxGroup
        legend={serviceFilter.label}
        idPrefix="filter-service"
        options={SERVICE_TYPES.map((service) => ({ value: service, label: SERVICE_TYPE_LABELS[service] }))}
        selected={query.service ?? []}
        onChange={(service) => onChange({ service: service.length ? service : undefined })}
      />
      <div className="space-y-3">
        <DateRangeFilter
          label={createdFilter.label}
          idPrefix="filter-created"
          value={{ from: query.createdFrom, to: query.createdTo }}
          onChange={({ from, to }) => onChange({ createdFrom: from, createdTo: to })}
        />
        <DateRangeFilter
          label={travelFilter.label}
          idPrefix="filter-travel"
          value={{ from: query.travelFrom, to: query.travelTo }}
          onChange={({ from, to }) => onChange({ travelFrom: from, travelTo: to })}
        />
      </div>
      <div className="space-y-3">
        <div className="space-y-1.5">
          <Label htmlFor="filter-assignee">{assigneeFilter.label}</Label>
          <Select
            value={assignee}
            onValueChange={(value) => onChange({ assignee: value === ANYONE ? undefined : value })}
          >
            <SelectTrigger id="filter-assignee">
              {/* Named here, not left to Radix: its text comes from the closed list, which only the browser renders. */}
              <SelectValue>{assigneeOptions.find((option) => option.value === assignee)?.label}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              {assigneeOptions.map((option) => (
                <SelectItem key={option.value} value={option.value}>
                  {option.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="filter-origin">{originFilter.label}</Label>
          <CountryCombobox
            id="filter-origin"
            value={query.origin}
            placeholder="Any country"
            clearLabel="Any country"
            onChange={(code) => onChange({ origin: isCountryCode(code) ? code : undefined })}
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="filter-destination">{destinationFilter.label}</Label>
          <CountryCombobox
            id="filter-destination"
            value={query.destination}
            placeholder="Any country"
            clearLabel="Any country"
            onChange={(code) => onChange({ destination: isCountryCode(code) ? code : undefined })}
          />
        </div>
      </div>
    </section>
  );
}
