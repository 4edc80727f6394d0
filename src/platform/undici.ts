type Undici = typeof import("undici");

// Loaded on first use: only integrations and foreign JWKS fetches need it, and start-up should not pay for it.
let loaded: Promise<Undici> | undefined;
export const undici = (): Promise<Undici> => {
  loaded ??= import("undici");
  return loaded;
};
