export declare function nodeBinary(version: string, prefix?: string): string;
export declare function versionOf(binary: string): string;
