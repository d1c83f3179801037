export declare function nodeBinary(version: string, prefix?: string): string;
