// One line of the audit log as the audit page shows it.
export type AuditLogLine = {
  id: number;
  action: string;
  actorId: string | null;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  ipAddress: string | null;
  details: Record<string, unknown>;
  createdAt: Date;
};
