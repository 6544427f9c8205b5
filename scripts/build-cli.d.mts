export declare const OUT: string;
export declare function buildCli(): Promise<string>;
