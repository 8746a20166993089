// One answer to "can Electron run here?" for `npm start` and the Electron-only specs.
export { electronBinary } from '../../../scripts/launch/electron-binary'
