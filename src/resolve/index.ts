// resolve: claims → groups of claims about the same subject and metric.
export { group, groupKey, type Group } from './group.js';
