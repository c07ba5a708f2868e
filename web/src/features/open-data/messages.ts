import { defineMessages } from '../../i18n/language';

export const openDataMessages = defineMessages({
  nl: {
    importTitle: 'Initiatieven importeren',
    importLead: (name: string) =>
      `Zet de initiatieven van ${name} in één keer in Koppel, uit een CSV-bestand (bijvoorbeeld een export uit een spreadsheet). Ze komen binnen als concept.`,
    notAllowed: 'Alleen redacteuren en eigenaren van deze organisatie kunnen initiatieven importeren.',
    columnsTitle: 'Het bestand',
    columns:
      'Eén rij per initiatief, met deze kolommen (de eerste rij noemt ze): title, summary, description, themes, municipalityCodes, national, targetGroups, budgetRequested, coFundingSecured, startsOn, endsOn. Lijsten scheidt u met |. Het sjabloon heeft een voorbeeldrij. Puntkomma of komma als scheidingsteken, UTF-8 (met of zonder BOM) of Windows-1252; hoogstens 20 MB.',
    template: 'Sjabloon downloaden (CSV)',
    file: 'CSV-bestand',
    fileHint: 'Kies het bestand; eerst controleren kan zonder iets op te slaan.',
    skipInvalid: 'Rijen met fouten overslaan en de goede rijen importeren',
    check: 'Alleen controleren',
    import: 'Importeren',
    cancel: 'Afbreken',
    noFile: 'Kies eerst een bestand.',
    tooLarge: 'Dit bestand is groter dan 20 MB. Splits het in delen.',
    progress: 'Voortgang',
    uploading: (percent: number) => `Bestand versturen: ${percent}%`,
    processing: (rows: number, rejected: number) =>
      rows === 0 ? 'Rijen controleren…' : `${rows} ${rows === 1 ? 'rij' : 'rijen'} gecontroleerd, ${rejected} met fouten…`,
    writing: (rows: number) => `${rows} ${rows === 1 ? 'initiatief' : 'initiatieven'} opslaan…`,
    failed: 'Dat lukte niet. Controleer uw verbinding en probeer het opnieuw.',
    cancelled: 'Afgebroken; er is niets opgeslagen.',
    checked: (ok: number, rejected: number) =>
      `Controle klaar: ${ok} ${ok === 1 ? 'rij is' : 'rijen zijn'} in orde, ${rejected} ${rejected === 1 ? 'rij heeft' : 'rijen hebben'} fouten. Er is niets opgeslagen.`,
    importedAll: (imported: number) => `${imported} ${imported === 1 ? 'initiatief' : 'initiatieven'} geïmporteerd als concept.`,
    importedSome: (imported: number, rejected: number) =>
      `${imported} ${imported === 1 ? 'initiatief' : 'initiatieven'} geïmporteerd als concept; ${rejected} ${rejected === 1 ? 'rij' : 'rijen'} met fouten overgeslagen.`,
    nothingImported: (rejected: number) =>
      `Niets geïmporteerd: ${rejected} ${rejected === 1 ? 'rij heeft' : 'rijen hebben'} fouten. Verbeter ze en upload het bestand opnieuw, of sla de foute rijen over.`,
    errorsTitle: 'Fouten per rij',
    errorsLead: 'Rijen tellen vanaf 1, na de kopregel.',
    row: 'Rij',
    column: 'Kolom',
    message: 'Fout',
    moreErrors: (shown: number, total: number) => `De eerste ${shown} van ${total} fouten.`,
    viewInitiatives: 'Naar de initiatieven van de organisatie',
    // Export
    exportTitle: 'Open data',
    exportCsv: 'Download als CSV',
    exportCsvHint: {
      initiatives: 'De initiatieven met deze filters, als CSV (puntkomma, UTF-8) voor een spreadsheet.',
      organisations: 'De organisaties met deze filters, als CSV (puntkomma, UTF-8) voor een spreadsheet.',
    },
    export360: '360Giving (JSON)',
    export360Hint: 'Toegekende subsidies als 360Giving-datapakket.',
  },
  en: {
    importTitle: 'Import initiatives',
    importLead: (name: string) =>
      `Put ${name}’s initiatives into Koppel in one go, from a CSV file (for instance a spreadsheet export). They arrive as drafts.`,
    notAllowed: 'Only editors and owners of this organisation can import initiatives.',
    columnsTitle: 'The file',
    columns:
      'One row per initiative, with these columns (named in the first row): title, summary, description, themes, municipalityCodes, national, targetGroups, budgetRequested, coFundingSecured, startsOn, endsOn. Separate lists with |. The template has an example row. Semicolon or comma as the delimiter, UTF-8 (with or without BOM) or Windows-1252; at most 20 MB.',
    template: 'Download the template (CSV)',
    file: 'CSV file',
    fileHint: 'Choose the file; checking first saves nothing.',
    skipInvalid: 'Skip rows with errors and import the good rows',
    check: 'Check only',
    import: 'Import',
    cancel: 'Cancel',
    noFile: 'Choose a file first.',
    tooLarge: 'This file is larger than 20 MB. Split it into parts.',
    progress: 'Progress',
    uploading: (percent: number) => `Sending the file: ${percent}%`,
    processing: (rows: number, rejected: number) =>
      rows === 0 ? 'Checking the rows…' : `${rows} ${rows === 1 ? 'row' : 'rows'} checked, ${rejected} with errors…`,
    writing: (rows: number) => `Saving ${rows} ${rows === 1 ? 'initiative' : 'initiatives'}…`,
    failed: 'That did not work. Check your connection and try again.',
    cancelled: 'Cancelled; nothing was saved.',
    checked: (ok: number, rejected: number) =>
      `Check done: ${ok} ${ok === 1 ? 'row is' : 'rows are'} fine, ${rejected} ${rejected === 1 ? 'row has' : 'rows have'} errors. Nothing was saved.`,
    importedAll: (imported: number) => `${imported} ${imported === 1 ? 'initiative' : 'initiatives'} imported as drafts.`,
    importedSome: (imported: number, rejected: number) =>
      `${imported} ${imported === 1 ? 'initiative' : 'initiatives'} imported as drafts; ${rejected} ${rejected === 1 ? 'row' : 'rows'} with errors skipped.`,
    nothingImported: (rejected: number) =>
      `Nothing imported: ${rejected} ${rejected === 1 ? 'row has' : 'rows have'} errors. Fix them and upload the file again, or skip the rows with errors.`,
    errorsTitle: 'Errors by row',
    errorsLead: 'Rows count from 1, after the header.',
    row: 'Row',
    column: 'Column',
    message: 'Error',
    moreErrors: (shown: number, total: number) => `The first ${shown} of ${total} errors.`,
    viewInitiatives: 'To the organisation’s initiatives',
    exportTitle: 'Open data',
    exportCsv: 'Download as CSV',
    exportCsvHint: {
      initiatives: 'The initiatives with these filters, as CSV (semicolon, UTF-8) for a spreadsheet.',
      organisations: 'The organisations with these filters, as CSV (semicolon, UTF-8) for a spreadsheet.',
    },
    export360: '360Giving (JSON)',
    export360Hint: 'Awarded grants as a 360Giving data package.',
  },
});
