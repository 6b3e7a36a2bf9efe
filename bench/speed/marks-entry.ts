/** Entry of the page-layer bundle the marks benchmark injects into a test page. */
export { createMarksController } from '../../page/marks-controller';
