export function clientAddressOf(forwardedFor: string | undefined | null, socketAddress: string | undefined | null, hops: number): string;
export const CLIENT_ADDRESS_HEADER: string;
