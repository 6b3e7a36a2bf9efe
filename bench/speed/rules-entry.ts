/** Entry of the rules bundle the cold-start benchmark injects into a served page, as the background would load it. */
export { analyze } from '../../rules/analyze';
