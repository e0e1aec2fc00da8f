/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indexed</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Indexed#getIndexationRate <em>Indexation Rate</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getIndexed()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface Indexed extends EObject {
	/**
	 * Returns the value of the '<em><b>Indexation Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Annual indexation rate; empty means the model inflation rate. In year k an amount is base x (1 + rate)^(k-1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indexation Rate</em>' attribute.
	 * @see #setIndexationRate(Double)
	 * @see org.perenne.model.PerennePackage#getIndexed_IndexationRate()
	 * @model
	 * @generated
	 */
	Double getIndexationRate();

	/**
	 * Sets the value of the '{@link org.perenne.model.Indexed#getIndexationRate <em>Indexation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indexation Rate</em>' attribute.
	 * @see #getIndexationRate()
	 * @generated
	 */
	void setIndexationRate(Double value);

} // Indexed
