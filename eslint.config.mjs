import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";
import { readdirSync } from "node:fs";

/**
 * The layers import one way: data -> core -> functions | workbook -> taskpane. A module may import
 * from its own layer and those before it, never after; data and core also never touch Office or
 * the DOM (tsconfig.pure.json type-checks them without those libraries).
 */
const LATER_LAYERS = {
  data: ["core", "functions", "workbook", "taskpane"],
  core: ["functions", "workbook", "taskpane"],
  functions: ["workbook", "taskpane"],
  workbook: ["functions", "taskpane"],
};

const layerRules = Object.entries(LATER_LAYERS).map(([layer, forbidden]) => ({
  files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...forbidden.map((later) => ({
            group: [`**/${later}`, `**/${later}/**`],
            message: `The ${layer} layer may not import from ${later}: layers import one way (data -> core -> functions | workbook -> taskpane).`,
          })),
          ...(layer === "data" || layer === "core"
            ? [
                {
                  group: [
                    "office-*",
                    "@microsoft/office-js",
                    "react",
                    "react-dom",
                    "@fluentui/*",
                    "node:*",
                  ],
                  message: `The ${layer} layer is pure TypeScript: no Office, DOM, UI or Node.`,
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

/**
 * The task pane keeps one folder per feature (scenarios, plan, compare, ...) and one of shared
 * pieces. A feature's files are its own: from another feature they are reached only through that
 * feature's index.ts, so a newcomer reads a feature in one place and its surface in one file.
 */
const PANE_FOLDERS = readdirSync(new URL("./src/taskpane", import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const featureRules = PANE_FOLDERS.map((folder) => ({
  files: [`src/taskpane/${folder}/**/*.ts`, `src/taskpane/${folder}/**/*.tsx`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: `^\\.\\./(?!shared/|${folder}/)[a-z-]+/.`,
            message:
              "Another feature's files are its own: import what it offers from its index (../feature).",
          },
        ],
      },
    ],
  },
}));

// office-addins bundles an older @typescript-eslint plugin; keep its Office rules and use the
// project's own typescript-eslint for TypeScript.
const officeAddinsRecommended = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins) return config;
  const { "@typescript-eslint": _older, ...plugins } = config.plugins;
  const { languageOptions: _parser, ...rest } = config;
  return { ...rest, plugins };
});

// The task pane's React rules come with office-addins' React config (eslint-plugin-react).
const [reactRecommended] = officeAddins.configs.react;

/**
 * Workbook text (scenario names, notes, problem messages) reaches the pane's DOM only as React
 * text, never as markup.
 */
const taskpaneRules = {
  files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
  plugins: reactRecommended.plugins,
  settings: { react: { version: "detect" } },
  rules: {
    ...reactRecommended.rules,
    // The automatic JSX runtime needs no React in scope; TypeScript checks props.
    "react/react-in-jsx-scope": "off",
    "react/prop-types": "off",
    "react/no-danger": "error",
    "no-restricted-properties": [
      "error",
      ...["innerHTML", "outerHTML", "insertAdjacentHTML"].map((property) => ({
        property,
        message: "Render workbook text with React as text, never as markup.",
      })),
      ...["write", "writeln"].map((property) => ({
        object: "document",
        property,
        message: "Render workbook text with React as text, never as markup.",
      })),
    ],
  },
};

export default tseslint.config(
  {
    ignores: ["dist/**", "coverage/**", "node_modules/**", "test-results/**"],
  },
  ...officeAddinsRecommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parser: tseslint.parser,
      globals: {
        ...globals.browser,
        Office: "readonly",
        CustomFunctions: "readonly",
        Excel: "readonly",
      },
    },
    rules: {
      // Type-aware checking is tsc's job (npm run typecheck); these rules catch what it cannot.
      "no-undef": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  ...layerRules,
  taskpaneRules,
  ...featureRules,
  {
    files: ["src/functions/functions.ts"],
    rules: {
      // Parameter names are what Excel shows while typing (service_area, in_post).
      camelcase: "off",
    },
  },
  {
    files: ["**/*.cjs", "**/*.mjs", "webpack.config.js", "jest.config.cjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["tests/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  }
);
