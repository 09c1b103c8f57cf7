// Tailwind CSS 4 through PostCSS (app/styles.css imports its theme and utilities).
const config = { plugins: { "@tailwindcss/postcss": {} } };
export default config;
