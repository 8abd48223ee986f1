export const BANKS: { id: string; name: string }[] = [
  { id: "fid-gudbrandsdal", name: "SpareBank 1 Gudbrandsdal" },
  { id: "fid-hallingdal-valdres", name: "SpareBank 1 Hallingdal Valdres" },
  { id: "fid-helgeland", name: "SpareBank 1 Helgeland" },
  { id: "fid-lom-skjaak", name: "SpareBank 1 Lom og Skjåk" },
  { id: "fid-nord-norge", name: "SpareBank 1 Nord-Norge" },
  { id: "fid-nordmore", name: "SpareBank 1 Nordmøre" },
  { id: "fid-ringerike-hadeland", name: "SpareBank 1 Ringerike Hadeland" },
  { id: "fid-smn", name: "SpareBank 1 SMN" },
  { id: "fid-sogn-fjordane", name: "SpareBank 1 Sogn og Fjordane" },
  { id: "fid-sor-norge", name: "SpareBank 1 Sør-Norge" },
  { id: "fid-ostfold-akershus", name: "SpareBank 1 Østfold Akershus" },
  { id: "fid-ostlandet", name: "SpareBank 1 Østlandet" },
];
