// The examples of /data/ (curl and jq, Ajv, a tracker), built from the published data itself, so
// that every id, name and address they use exists.
import type { GuideData } from '../../lib/data/build-guide.ts';
import { dataFiles } from '../../lib/data/files.ts';
import { paths } from '../../lib/paths.ts';
import { siteUrl } from './_sources.ts';

export interface ExampleGroup {
  id: string;
  heading: string;
  lead: string;
  items: { intro: string; link?: { href: string; text: string }; code: string }[];
}

/** The example groups, with the migration checklist they show (the page says more of its CSV). */
export function dataExamples(data: GuideData): {
  examples: ExampleGroup[];
  migration: GuideData['checklists'][number] | undefined;
  csvName: string;
} {
  const guideUrl = siteUrl(dataFiles.json('guide'));
  const migration = data.checklists.find((c) => c.kind === 'migration') ?? data.checklists[0];
  const stage = data.stages.find((s) => s.requirements.some((g) => g.level === 'must'));
  const feature = data.features.find((f) => f.requiredAt !== undefined) ?? data.features[0];
  const disagreeing = data.features.some((f) => f.stages.some((s) => s.disagreement));
  const csvUrl = migration ? siteUrl(dataFiles.checklistCsv(migration.id)) : '';
  const csvName = migration ? `${migration.id}.csv` : '';
  const schemaUrl = siteUrl(dataFiles.schema('guide'));
  const examples: ExampleGroup[] = [
    {
      id: 'example-read',
      heading: 'Read it with curl and jq',
      lead: '',
      items: [
        {
          intro: 'The stages with their time boxes:',
          code: `curl -s ${guideUrl} \\\n  | jq -r '.stages[] | "\\(.shortName): \\(.timeBox.maxDuration // "no time box")"'`,
        },
        ...(stage
          ? [
              {
                intro: `The must haves of one stage (${stage.shortName}):`,
                code: `curl -s ${guideUrl} \\\n  | jq -r '.stages[] | select(.id == "${stage.id}") | .requirements[] | select(.level == "must") | .items[].text'`,
              },
            ]
          : []),
        ...(feature
          ? [
              {
                intro: `What the guide says of one feature (${feature.name}) at each stage, place by place, as the feature advisor derives it:`,
                link: { href: paths.decide(), text: 'the feature advisor' },
                code: `curl -s ${siteUrl(dataFiles.json('features'))} \\\n  | jq -r '.features[] | select(.id == "${feature.id}") | .stages[] | .stage as $s | .statements[] | [$s, .place, (.level // ""), .text] | @tsv'`,
              },
            ]
          : []),
        ...(disagreeing
          ? [
              {
                intro:
                  "Where the guide's places disagree about a feature at a stage, with the site's own reading:",
                link: { href: paths.disagreements(), text: 'the disagreements page' },
                code: `curl -s ${siteUrl(dataFiles.json('features'))} \\\n  | jq -r '.features[] | .id as $f | .stages[] | select(.disagreement) | [$f, .stage, .disagreement.sentence, .disagreement.reading] | @tsv'`,
              },
            ]
          : []),
        {
          intro: 'Whether anything changed since your last import:',
          code: `curl -s ${guideUrl} | jq -r .contentVersion`,
        },
      ],
    },
    {
      id: 'example-validate',
      heading: 'Validate it',
      lead: "The schemas follow JSON Schema draft 2020-12. With Ajv's command line (ajv-cli; the uri and date formats need ajv-formats):",
      items: [
        {
          intro: 'Fetch the data and its schema, then validate:',
          code: `curl -s -o guide.json ${guideUrl}\ncurl -s -o guide.schema.json ${schemaUrl}\nnpx -p ajv-cli -p ajv-formats ajv validate --spec=draft2020 -c ajv-formats \\\n  -s guide.schema.json -d guide.json`,
        },
      ],
    },
    ...(migration
      ? [
          {
            id: 'example-tracker',
            heading: 'Load a checklist into a tracker',
            lead: '',
            items: [
              {
                intro: `With the GitHub command line: one issue per item of the ${migration.title} checklist, labelled with its phase (the labels must exist):`,
                code: `curl -s ${guideUrl} \\\n  | jq -r '.checklists[] | select(.id == "${migration.id}") | .phases[] as $p | $p.items[] | [.id, $p.title, .text] | @tsv' \\\n  | while IFS=$'\\t' read -r id phase text; do\n      gh issue create --title "$text" --label "$phase" --body "Checklist item: $id"\n    done`,
              },
              {
                intro: `From the CSV, with Python's csv module (which reads RFC 4180 quoting), the same items:`,
                code: `curl -s -o ${csvName} ${csvUrl}\npython3 -c 'import csv,sys; [print(r["id"], r["phase"], r["text"], sep="\\t") for r in csv.DictReader(open(sys.argv[1], newline=""))]' ${csvName}`,
              },
            ],
          },
        ]
      : []),
  ];
  return { examples, migration, csvName };
}
